package org.spasmcheck.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;

/** Seeded random answer sets for property tests: any finding, any valid value, "don't know" included. */
final class RandomEvidence {
    private final List<Finding> findings;
    private final Random random;

    RandomEvidence(KnowledgeBase kb, long seed) {
        this.findings = new ArrayList<>(kb.findings().values());
        this.random = new Random(seed);
    }

    Evidence next(int maxAnswers) {
        Evidence e = Evidence.EMPTY;
        int n = random.nextInt(maxAnswers + 1);
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(random.nextInt(findings.size()));
            e = e.with(f.id(), value(f));
        }
        return e;
    }

    Value value(Finding f) {
        if (random.nextInt(8) == 0) {
            return Value.UNKNOWN;
        }
        return switch (f.type()) {
            case BOOLEAN -> Value.of(random.nextBoolean());
            case CHOICE -> new Value.Choice(f.options().get(random.nextInt(f.options().size())));
            case MULTI_CHOICE -> {
                Set<String> chosen = new HashSet<>();
                int k = 1 + random.nextInt(3);
                for (int i = 0; i < k; i++) {
                    chosen.add(f.options().get(random.nextInt(f.options().size())));
                }
                yield new Value.Choices(chosen);
            }
            case NUMBER -> new Value.Number(Math.round(f.min() + random.nextDouble() * (f.max() - f.min())));
        };
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    Random random() {
        return random;
    }
}
