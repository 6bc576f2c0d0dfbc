package org.spasmcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.questions.StopReason;

/** Reproduces the worked example of docs/ENGINE.md number for number (the numbers there were worked by hand). */
class WorkedExampleTest {
    private final Engine engine = new Engine(WorkedExample.knowledgeBase());
    private final Evidence evidence = Evidence.EMPTY
            .with("cramps_at_rest_night", Value.of(true))
            .with("walk_pain_stops_standing", Value.of(true));

    @Test
    void differential_matchesHandCalculation() {
        Differential d = engine.assess(AssessmentRequest.of(evidence)).differential();
        // weights: NLC 0.30 x 1.8 x 0.3 = 0.162; PAD 0.05 x 0.6 x 20 = 0.6; other 0.65; total 1.412
        assertThat(d.of("peripheral_artery_disease").orElseThrow().probability()).isCloseTo(0.4249, within(0.0001));
        assertThat(d.of("nocturnal_leg_cramps").orElseThrow().probability()).isCloseTo(0.1147, within(0.0001));
        assertThat(d.otherProbability()).isCloseTo(0.4603, within(0.0001));
    }

    @Test
    void likelihoodRatios_matchHandCalculation() {
        var pad = engine.assess(AssessmentRequest.of(evidence)).differential().of("peripheral_artery_disease").orElseThrow();
        assertThat(pad.findingsFor()).singleElement().satisfies(c -> {
            assertThat(c.findingId()).isEqualTo("walk_pain_stops_standing");
            assertThat(c.likelihoodRatio()).isCloseTo(20, within(1e-9));
        });
        assertThat(pad.findingsAgainst()).singleElement()
                .satisfies(c -> assertThat(c.likelihoodRatio()).isCloseTo(0.6, within(1e-9)));
        var nlc = engine.assess(AssessmentRequest.of(evidence)).differential().of("nocturnal_leg_cramps").orElseThrow();
        // walk_pain_stops_standing is a symptom NLC does not list: LR = unexplained factor 0.3
        assertThat(nlc.findingsAgainst()).singleElement()
                .satisfies(c -> assertThat(c.likelihoodRatio()).isCloseTo(0.3, within(1e-9)));
    }

    @Test
    void triage_padPassesItsActionThreshold() {
        Assessment a = engine.assess(AssessmentRequest.of(evidence));
        // PAD's share 0.4249 >= threshold 0.3 (and it is the most likely cause) -> consultation
        assertThat(a.triage().floors()).singleElement().satisfies(f -> {
            assertThat(f.condition().id()).isEqualTo("peripheral_artery_disease");
            assertThat(f.probability()).isCloseTo(0.4249, within(0.0001));
        });
        assertThat(a.triage().level()).isEqualTo(TriageLevel.CONSULTATION);
    }

    @Test
    void nextQuestion_isTheRedFlagScreenFirst() {
        Assessment a = engine.assess(AssessmentRequest.of(evidence));
        assertThat(a.nextQuestion()).hasValueSatisfying(q ->
                assertThat(q.finding().id()).isEqualTo("cold_pale_leg_sudden"));
    }

    @Test
    void emergencyRule_stopsTheInterviewAtOnce() {
        Assessment a = engine.assess(AssessmentRequest.of(evidence.with("cold_pale_leg_sudden", Value.of(true))));
        assertThat(a.triage().level()).isEqualTo(TriageLevel.EMERGENCY_AMBULANCE);
        assertThat(a.stopReason()).isEqualTo(StopReason.EMERGENCY);
        assertThat(a.nextQuestion()).isEmpty();
    }

    @Test
    void informationGain_ofTheNightQuestion_matchesHandCalculation() {
        // The "no" to the cold-leg screen is a symptom neither condition lists: LR- = (1 - 0.3 x 0.005) / 0.995
        // = 1.00352 for both, so pi = (0.30069, 0.05011, 0.64920). P(yes|NLC)=0.9, P(yes|PAD)=0.3, P(yes|other)=0.5;
        // P(yes) = 0.61025; IG = sum_i pi_i KL(P(.|i) || P(.)) = 0.1303 bits.
        Evidence none = Evidence.EMPTY.with("walk_pain_stops_standing", Value.UNKNOWN)
                .with("cold_pale_leg_sudden", Value.of(false));
        Assessment a = engine.assess(AssessmentRequest.of(none));
        assertThat(a.nextQuestion()).hasValueSatisfying(q -> {
            assertThat(q.finding().id()).isEqualTo("cramps_at_rest_night");
            assertThat(q.expectedGainBits()).isCloseTo(0.1303, within(0.0001));
        });
    }

    @Test
    void redFlagAnsweredDontKnow_isNamedInWhenToGetHelp() {
        Assessment a = engine.assess(AssessmentRequest.of(evidence.with("cold_pale_leg_sudden", Value.UNKNOWN)));
        assertThat(a.triage().level()).isEqualTo(TriageLevel.CONSULTATION);
        assertThat(a.carePlan().seekHelpIf()).first().asString()
                .startsWith("You were not sure about this: \"cold_pale_leg_sudden?\"")
                .endsWith("If the answer is yes: Call an ambulance now.");
    }

    @Test
    void redFlagAnsweredNo_isNotNamed() {
        Assessment a = engine.assess(AssessmentRequest.of(evidence.with("cold_pale_leg_sudden", Value.of(false))));
        assertThat(a.carePlan().seekHelpIf()).noneMatch(s -> s.startsWith("You were not sure"));
    }
}
