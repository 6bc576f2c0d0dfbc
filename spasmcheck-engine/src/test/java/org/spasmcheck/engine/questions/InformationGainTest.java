package org.spasmcheck.engine.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InformationGainTest {
    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gain_isNeverNegative_andNeverMoreThanThePriorEntropy(long seed) {
        Random r = new Random(seed);
        double[] prior = normalised(r.doubles(2 + r.nextInt(40)).toArray());
        double[][] likelihood = randomLikelihood(r, prior.length, 2 + r.nextInt(5));
        double gain = InformationGain.bits(prior, likelihood);
        assertThat(gain).isGreaterThanOrEqualTo(0.0).isLessThanOrEqualTo(InformationGain.entropy(prior) + 1e-9);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gainAboutGroups_isNeverNegative_andNeverMoreThanAboutTheCauses(long seed) {
        Random r = new Random(seed);
        int causes = 2 + r.nextInt(40);
        double[] prior = normalised(r.doubles(causes).toArray());
        double[][] likelihood = randomLikelihood(r, causes, 2 + r.nextInt(5));
        int groups = 1 + r.nextInt(5);
        int[] group = r.ints(causes, 0, groups).toArray();
        double grouped = InformationGain.bitsGrouped(prior, likelihood, group, groups);
        assertThat(grouped).isGreaterThanOrEqualTo(0.0)
                .isLessThanOrEqualTo(InformationGain.bits(prior, likelihood) + 1e-9);
    }

    @Test
    void answerThatIsTheSameForEveryCause_givesNoInformation() {
        double[] prior = {0.2, 0.3, 0.5};
        double[][] likelihood = {{0.4, 0.6}, {0.4, 0.6}, {0.4, 0.6}};
        assertThat(InformationGain.bits(prior, likelihood)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void answerThatIdentifiesTheCause_givesAllItsEntropy() {
        double[] prior = {0.5, 0.5};
        double[][] likelihood = {{1.0, 0.0}, {0.0, 1.0}};
        assertThat(InformationGain.bits(prior, likelihood)).isCloseTo(1.0, within(1e-12));
        assertThat(InformationGain.bitsGrouped(prior, likelihood, new int[] {0, 0}, 1)).isCloseTo(0.0, within(1e-12));
    }

    private static double[][] randomLikelihood(Random r, int causes, int outcomes) {
        double[][] l = new double[causes][];
        for (int i = 0; i < causes; i++) {
            l[i] = normalised(r.doubles(outcomes).toArray());
        }
        return l;
    }

    private static double[] normalised(double[] v) {
        double s = Arrays.stream(v).sum();
        return Arrays.stream(v).map(x -> x / s).toArray();
    }
}
