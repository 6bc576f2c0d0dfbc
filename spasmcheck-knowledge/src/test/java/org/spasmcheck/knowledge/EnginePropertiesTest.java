package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingKind;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.LikelihoodRatioEntry;
import org.spasmcheck.engine.model.Reported;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.questions.InformationGain;
import org.spasmcheck.engine.triage.Triage;

/** Invariants of the engine on the shipped knowledge base, over seeded random answer sets. */
class EnginePropertiesTest {
    static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    static final Engine ENGINE = new Engine(KB);

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    private static Assessment assess(Evidence e) {
        return ENGINE.assess(new AssessmentRequest(e, Audience.CLINICIAN, 0));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void probabilities_sumToOne(long seed) {
        Differential d = assess(new RandomEvidence(KB, seed).next(25)).differential();
        double sum = d.ranked().stream().mapToDouble(RankedCondition::probability).sum() + d.otherProbability();
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(d.ranked()).allSatisfy(r -> assertThat(r.probability()).isBetween(0.0, 1.0));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void answerOrder_doesNotMatter(long seed) {
        Evidence e = new RandomEvidence(KB, seed).next(25);
        List<Map.Entry<String, Value>> answers = new ArrayList<>(e.answers().entrySet());
        Collections.shuffle(answers, new java.util.Random(seed));
        Evidence shuffled = Evidence.EMPTY;
        for (Map.Entry<String, Value> a : answers) {
            shuffled = shuffled.with(a.getKey(), a.getValue());
        }
        Assessment x = assess(e);
        Assessment y = assess(shuffled);
        assertThat(y.triage().level()).isEqualTo(x.triage().level());
        assertThat(y.differential().ranked()).map(r -> r.condition().id())
                .containsExactlyElementsOf(x.differential().ranked().stream().map(r -> r.condition().id()).toList());
        for (int i = 0; i < x.differential().ranked().size(); i++) {
            assertThat(y.differential().ranked().get(i).probability())
                    .isCloseTo(x.differential().ranked().get(i).probability(), within(1e-12));
        }
        assertThat(y.nextQuestion().map(q -> q.finding().id())).isEqualTo(x.nextQuestion().map(q -> q.finding().id()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingAPresentRedFlagFinding_neverLowersTriage(long seed) {
        RandomEvidence random = new RandomEvidence(KB, seed);
        Evidence e = random.next(20);
        List<String> redFlags = new ArrayList<>(Triage.redFlagFindings(KB));
        String flag = random.pick(redFlags);
        var before = assess(e.without(flag)).triage().level();
        var after = assess(e.with(flag, Value.of(true))).triage().level();
        assertThat(after.urgency()).as("adding %s=yes to %s", flag, e.answers()).isGreaterThanOrEqualTo(before.urgency());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aLikelihoodRatioOfOne_changesNothing(long seed) {
        RandomEvidence random = new RandomEvidence(KB, seed);
        Evidence e = random.next(25);
        List<Finding> context = KB.findings().values().stream()
                .filter(f -> f.kind() == FindingKind.CONTEXT && f.type() == FindingType.BOOLEAN).toList();
        Finding f = random.pick(context);
        int c = random.random().nextInt(KB.conditions().size());
        Condition original = KB.conditions().get(c);
        List<LikelihoodRatioEntry> lrs = new ArrayList<>(original.likelihoodRatios().stream()
                .filter(x -> !x.findingId().equals(f.id())).toList());
        lrs.add(new LikelihoodRatioEntry(f.id(), null, new Reported.Ratios(1.0, 1.0), null, original.prior().citation()));
        List<Condition> conditions = new ArrayList<>(KB.conditions());
        conditions.set(c, withLikelihoodRatios(original, lrs));
        List<Condition> without = new ArrayList<>(KB.conditions());
        without.set(c, withLikelihoodRatios(original, lrs.subList(0, lrs.size() - 1)));
        Evidence answered = e.with(f.id(), Value.of(random.random().nextBoolean()));
        Differential withOne = new Engine(copy(KB, conditions)).assess(AssessmentRequest.of(answered)).differential();
        Differential withoutEntry = new Engine(copy(KB, without)).assess(AssessmentRequest.of(answered.without(f.id())))
                .differential();
        // The condition's summed log LR is the same as if the finding had not been answered at all.
        assertThat(withOne.of(original.id()).orElseThrow().logLikelihoodRatio())
                .isCloseTo(withoutEntry.of(original.id()).orElseThrow().logLikelihoodRatio(), within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void informationGain_isNeverNegative(long seed) {
        java.util.Random r = new java.util.Random(seed);
        int causes = 2 + r.nextInt(40);
        int outcomes = 2 + r.nextInt(5);
        double[] prior = normalised(r.doubles(causes).toArray());
        double[][] likelihood = new double[causes][];
        for (int i = 0; i < causes; i++) {
            likelihood[i] = normalised(r.doubles(outcomes).toArray());
        }
        assertThat(InformationGain.bits(prior, likelihood)).isGreaterThanOrEqualTo(0.0);
        Assessment a = ENGINE.assess(AssessmentRequest.of(new RandomEvidence(KB, seed).next(10)));
        a.nextQuestion().ifPresent(q -> assertThat(q.expectedGainBits()).isGreaterThanOrEqualTo(0.0));
    }

    private static double[] normalised(double[] v) {
        double s = java.util.Arrays.stream(v).sum();
        return java.util.Arrays.stream(v).map(x -> x / s).toArray();
    }

    static Condition withLikelihoodRatios(Condition c, List<LikelihoodRatioEntry> lrs) {
        return new Condition(c.id(), c.name(), c.layName(), c.icd10(), c.summary(), c.clinicianSummary(), c.prior(),
                c.excludedIf(), c.sites(), lrs, c.triage(), c.workup(), c.treatments(), c.prevention(), c.safetyNet(),
                c.keyFacts());
    }

    static KnowledgeBase copy(KnowledgeBase kb, List<Condition> conditions) {
        return new KnowledgeBase(kb.id(), kb.version(), kb.contentHash(), kb.title(), kb.model(), kb.interview(),
                kb.defaultLevel(), kb.sources(), kb.findings(), conditions, kb.rules(), kb.alerts(), kb.safetyNetByLevel(),
                kb.disclaimer(), kb.myths(), kb.diary());
    }
}
