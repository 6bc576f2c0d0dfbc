package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.LikelihoodModel;
import org.spasmcheck.engine.differential.Posterior;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;

/** The probabilities-only posterior triage uses for its red-flag subsets is the differential's, bit for bit. */
class PosteriorTest {
    static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    static final LikelihoodModel MODEL = new LikelihoodModel(KB);

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void posterior_isTheDifferentialsProbabilitiesToTheLastBit(long seed) {
        Evidence evidence = new RandomEvidence(KB, seed).next(30);
        Differential differential = Differential.compute(MODEL, evidence);
        Posterior posterior = Posterior.compute(MODEL, evidence);
        for (int c = 0; c < KB.conditions().size(); c++) {
            RankedCondition r = differential.of(KB.conditions().get(c).id()).orElseThrow();
            assertThat(posterior.probability()[c]).isEqualTo(r.probability());
            assertThat(posterior.excluded()[c]).isEqualTo(r.excluded());
        }
        assertThat(posterior.probability()[KB.conditions().size()]).isEqualTo(differential.otherProbability());
        assertThat(KB.conditions().get(posterior.top()).id())
                .isEqualTo(differential.top().orElseThrow().condition().id());
    }
}
