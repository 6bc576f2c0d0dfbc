package org.spasmcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.diary.DiaryRules;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.LikelihoodModel;
import org.spasmcheck.engine.expression.Expression;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingKind;
import org.spasmcheck.engine.model.InterviewSettings;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.ModelParameters;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.questions.ExpectedGain;
import org.spasmcheck.engine.questions.NextStep;
import org.spasmcheck.engine.questions.QuestionSelector;

/**
 * Questions whose scores tie (within {@link QuestionSelector#TIE_BITS}) are chosen by a fixed rule, a red-flag
 * finding first, then the lower finding id, never by the order of the knowledge base (docs/ENGINE.md, "Next
 * question"). Three symptoms that no condition lists have the same likelihood table, so exactly the same gain; the
 * knowledge base lists them in the reverse of the rule's order.
 */
class NextQuestionTieTest {
    private static final String RED_FLAG = "zz_leg_swelling";
    private static final String LATER_ID = "b_symptom";
    private static final String EARLIER_ID = "a_symptom";

    @Test
    void tiedQuestions_redFlagFindingFirst() {
        NextStep next = mostInformative(Evidence.EMPTY);

        assertThat(next.question()).hasValueSatisfying(q -> assertThat(q.finding().id()).isEqualTo(RED_FLAG));
    }

    @Test
    void tiedQuestions_thenTheLowerFindingId() {
        NextStep next = mostInformative(Evidence.EMPTY.with(RED_FLAG, Value.of(false)));

        assertThat(next.question()).hasValueSatisfying(q -> assertThat(q.finding().id()).isEqualTo(EARLIER_ID));
    }

    @Test
    void theThreeQuestions_reallyTie() {
        KnowledgeBase kb = knowledgeBase();
        LikelihoodModel model = new LikelihoodModel(kb);
        double[] posterior = {0.3, 0.05, 0.65};
        ExpectedGain.Scorer scorer = new ExpectedGain(model, new int[] {0, 1, 0}, 2).scorer(posterior);

        double gain = scorer.score(RED_FLAG, 1);
        assertThat(gain).isPositive();
        assertThat(scorer.score(LATER_ID, 1)).isEqualTo(gain);
        assertThat(scorer.score(EARLIER_ID, 1)).isEqualTo(gain);
    }

    private static NextStep mostInformative(Evidence answered) {
        KnowledgeBase kb = knowledgeBase();
        LikelihoodModel model = new LikelihoodModel(kb);
        Evidence evidence = answered.with("cramps_at_rest_night", Value.of(true))
                .with("walk_pain_stops_standing", Value.of(false)).with("cold_pale_leg_sudden", Value.of(false));
        return new QuestionSelector(model).mostInformative(evidence, Differential.compute(model, evidence),
                Audience.PATIENT);
    }

    /** The worked example's knowledge base with three unlisted symptoms of equal background, a red flag last. */
    private static KnowledgeBase knowledgeBase() {
        KnowledgeBase example = WorkedExample.knowledgeBase();
        Map<String, Finding> findings = new LinkedHashMap<>(example.findings());
        for (String id : List.of(LATER_ID, EARLIER_ID, RED_FLAG)) {
            findings.put(id, WorkedExample.bool(id, FindingKind.SYMPTOM, 0.2));
        }
        // Never screened first (screen_when is FALSE), so it competes on information like any other question.
        RedFlagRule swelling = new RedFlagRule("swollen_leg", TriageLevel.EMERGENCY, true,
                new Expression.Is(RED_FLAG, true), "clot", "Go today.", WorkedExample.EXAMPLE, List.of(RED_FLAG),
                new Expression.Any(List.of()));
        List<RedFlagRule> rules = new java.util.ArrayList<>(example.rules());
        rules.add(swelling);
        return new KnowledgeBase("example", "1", "0".repeat(64), "tie rule",
                new ModelParameters(0.02, 50, 0.3, 0.2, WorkedExample.EXAMPLE),
                new InterviewSettings(List.of(), 20, 0.8, 0.0, 1, WorkedExample.EXAMPLE),
                TriageLevel.SELF_CARE, Map.of(), findings, example.conditions(), rules, List.of(),
                Map.of(), "Not a diagnosis.", List.of(),
                new DiaryRules(4, 8, 3, 0.5, WorkedExample.EXAMPLE, List.of()));
    }
}
