package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.LikelihoodModel;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.questions.ExpectedGain;
import org.spasmcheck.engine.questions.InformationGain;
import org.spasmcheck.engine.questions.NextStep;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.engine.questions.QuestionSelector;

/**
 * The fast next-question selection ({@link ExpectedGain}, precomputed per knowledge base) against the textbook
 * formula ({@link InformationGain}) and the selection loop as it was before (kept here as the reference): the same
 * scores to 1e-12 bits and the same question, a near-tie aside, where the documented tie rule decides.
 */
class NextQuestionReferenceTest {
    static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    static final LikelihoodModel MODEL = new LikelihoodModel(KB);
    static final QuestionSelector SELECTOR = new QuestionSelector(MODEL);
    static final int TRIAGE_LEVELS = TriageLevel.values().length;
    static final Set<String> RED_FLAGS = RedFlagRule.redFlagFindings(KB.rules());

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomPosterior_everyFindingsGains_matchTheFormula(long seed) {
        Random random = new Random(seed);
        double[] posterior = randomPosterior(random);
        ExpectedGain.Scorer scorer = new ExpectedGain(MODEL, urgencyOfCause(), TRIAGE_LEVELS).scorer(posterior);
        for (Finding f : KB.findings().values()) {
            double[] perCause = new double[posterior.length];
            double grouped = 0;
            for (double[][] table : MODEL.likelihoodTables(f.id())) {
                double[] share = InformationGain.perCause(posterior, table);
                for (int i = 0; i < share.length; i++) {
                    perCause[i] += share[i];
                }
                grouped += InformationGain.bitsGrouped(posterior, table, urgencyOfCause(), TRIAGE_LEVELS);
            }
            assertThat(scorer.perCause(f.id())).containsExactly(perCause, within(1e-12));
            assertThat(scorer.causeBits(f.id())).as(f.id()).isCloseTo(java.util.Arrays.stream(perCause).sum(),
                    within(1e-12));
            assertThat(scorer.groupBits(f.id())).as(f.id()).isCloseTo(grouped, within(1e-12));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomAnswers_sameQuestionAsTheReferenceSelection(long seed) {
        RandomEvidence random = new RandomEvidence(KB, seed);
        Evidence evidence = random.next(20);
        for (Audience audience : Audience.values()) {
            Differential differential = Differential.compute(MODEL, evidence);
            Reference reference = Reference.select(evidence, differential, audience);
            NextStep next = SELECTOR.mostInformative(evidence, differential, audience);

            assertThat(next.question().map(q -> q.finding().id()).orElse(null))
                    .as("seed %d %s: reference %s", seed, audience, reference)
                    .isEqualTo(reference.underTieRule());
            if (!reference.nearTie()) {
                assertThat(reference.underTieRule()).isEqualTo(reference.firstBest());
            }
            next.question().ifPresent(q -> assertSameGainAndSeparation(q, reference));
        }
    }

    private static void assertSameGainAndSeparation(Question q, Reference reference) {
        assertThat(q.expectedGainBits()).isCloseTo(reference.scoreOf(q.finding().id()), within(1e-12));
        assertThat(q.separates()).isEqualTo(reference.separates(q.finding().id()));
    }

    /**
     * The selection loop before it was made fast, unchanged but for recording every score: every askable
     * finding's score from {@link InformationGain} over the model's likelihood tables; the first best in
     * knowledge-base order wins.
     */
    record Reference(List<Finding> askable, List<Double> scores, List<double[]> perCause, String firstBest) {
        static Reference select(Evidence evidence, Differential differential, Audience audience) {
            double[] posterior = posteriorInModelOrder(differential);
            List<Finding> askable = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            List<double[]> shares = new ArrayList<>();
            Finding best = null;
            double bestGain = 0;
            for (Finding f : KB.findings().values()) {
                if (!SELECTOR.isAskable(f, evidence, audience)) {
                    continue;
                }
                double[] perCause = new double[posterior.length];
                double triageGain = 0;
                for (double[][] table : MODEL.likelihoodTables(f.id())) {
                    double[] share = InformationGain.perCause(posterior, table);
                    for (int i = 0; i < share.length; i++) {
                        perCause[i] += share[i];
                    }
                    triageGain += InformationGain.bitsGrouped(posterior, table, urgencyOfCause(), TRIAGE_LEVELS);
                }
                double gain = Math.max(0, java.util.Arrays.stream(perCause).sum())
                        + KB.interview().triageInformationWeight() * triageGain;
                askable.add(f);
                scores.add(gain);
                shares.add(perCause);
                if (best == null || gain > bestGain) {
                    best = f;
                    bestGain = gain;
                }
            }
            if (best != null && bestGain < KB.interview().minInformationGainBits()) {
                best = null;
            }
            return new Reference(askable, scores, shares, best == null ? null : best.id());
        }

        double scoreOf(String findingId) {
            return scores.get(indexOf(findingId));
        }

        /** The documented tie rule applied to the reference scores. */
        String underTieRule() {
            if (firstBest == null) {
                return null;
            }
            double best = scoreOf(firstBest);
            return tied(best).min(Comparator.comparing((Finding f) -> !RED_FLAGS.contains(f.id()))
                    .thenComparing(Finding::id)).orElseThrow().id();
        }

        boolean nearTie() {
            return firstBest != null && tied(scoreOf(firstBest)).count() > 1;
        }

        private java.util.stream.Stream<Finding> tied(double best) {
            return askable.stream().filter(f -> scoreOf(f.id()) >= best - QuestionSelector.TIE_BITS);
        }

        /** The two conditions with the largest shares, as the selector reports them. */
        List<String> separates(String findingId) {
            double[] shares = perCause.get(indexOf(findingId));
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < KB.conditions().size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> shares[i]).reversed());
            return order.stream().limit(2).map(i -> KB.conditions().get(i).id()).toList();
        }

        private int indexOf(String findingId) {
            for (int i = 0; i < askable.size(); i++) {
                if (askable.get(i).id().equals(findingId)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(findingId);
        }

        @Override
        public String toString() {
            return "first best " + firstBest + ", under the tie rule " + underTieRule();
        }
    }

    private static double[] posteriorInModelOrder(Differential differential) {
        double[] p = new double[KB.conditions().size() + 1];
        for (RankedCondition r : differential.ranked()) {
            p[KB.conditions().indexOf(r.condition())] = r.probability();
        }
        p[KB.conditions().size()] = differential.otherProbability();
        return p;
    }

    private static int[] urgencyOfCause() {
        int[] urgency = new int[KB.conditions().size() + 1];
        for (int c = 0; c < KB.conditions().size(); c++) {
            urgency[c] = KB.conditions().get(c).triage().level().urgency();
        }
        urgency[KB.conditions().size()] = KB.defaultLevel().urgency();
        return urgency;
    }

    /** Random probabilities over the causes, about a quarter of them exactly 0 (excluded or ruled out). */
    private static double[] randomPosterior(Random random) {
        double[] p = new double[KB.conditions().size() + 1];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextInt(4) == 0 ? 0 : Math.pow(random.nextDouble(), 4);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
