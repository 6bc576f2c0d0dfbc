package org.spasmcheck.cli;

import java.util.List;
import java.util.Set;
import org.spasmcheck.engine.model.Band;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;

/** One answer per outcome of a finding (yes and no; each option; a value inside each band), for review listings. */
final class AnswerExamples {
    private AnswerExamples() {
    }

    static List<Value> of(Finding f) {
        return switch (f.type()) {
            case BOOLEAN -> List.of(Value.of(true), Value.of(false));
            case CHOICE -> f.options().stream().<Value>map(Value.Choice::new).toList();
            case MULTI_CHOICE -> f.options().stream().<Value>map(o -> new Value.Choices(Set.of(o))).toList();
            case NUMBER -> f.bands().stream().<Value>map(b -> new Value.Number(inside(b, f))).toList();
        };
    }

    private static double inside(Band b, Finding f) {
        if (b.from() != null) {
            return b.from();
        }
        return b.below() - 1 > (f.min() == null ? 0 : f.min()) ? b.below() - 1 : (f.min() == null ? 0 : f.min());
    }
}
