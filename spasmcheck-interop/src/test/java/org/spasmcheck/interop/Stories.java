package org.spasmcheck.interop;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;

/** Answer sets from eval/vignettes, assessed by the engine with the shipped knowledge base. */
final class Stories {
    static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    static final ReportSubject SUBJECT = new ReportSubject("assessment-1", Instant.parse("2026-03-01T21:10:00Z"),
            Instant.parse("2026-03-01T21:14:30.250Z"), Instant.parse("2026-03-02T08:00:00Z"));

    /** dev-nlc-01 (idiopathic nocturnal calf cramps), with "don't know" for the water tablet. */
    static Map<String, Value> nocturnalCalfCramps() {
        Map<String, Value> answers = new LinkedHashMap<>();
        answers.put("age_years", new Value.Number(68));
        answers.put("sex", new Value.Choice("female"));
        answers.put("cramp_location", new Value.Choices(Set.of("calf")));
        answers.put("cramps_wake_you", Value.of(true));
        answers.put("cramps_at_rest_night", Value.of(true));
        answers.put("cramp_hard_knot", Value.of(true));
        answers.put("cramp_duration", new Value.Choice("under_10_min"));
        answers.put("cramp_relieved_stretch", Value.of(true));
        answers.put("cramps_per_week", new Value.Number(2.5));
        answers.put("problem_duration_weeks", new Value.Number(26));
        answers.put("soreness_after", Value.of(true));
        answers.put("urge_to_move", Value.of(false));
        answers.put("walk_pain_stops_standing", Value.of(false));
        answers.put("calf_swelling_one_side", Value.of(false));
        answers.put("med_diuretic", Value.UNKNOWN);
        answers.put("med_statin", Value.of(false));
        answers.put("muscle_weakness_general", Value.of(false));
        answers.put("high_blood_pressure", Value.of(true));
        return answers;
    }

    /** dev-dvt-02: a one-sided swollen, tender calf after a sudden pop while running (an emergency red flag). */
    static Map<String, Value> swollenTenderCalf() {
        Map<String, Value> answers = new LinkedHashMap<>();
        answers.put("age_years", new Value.Number(39));
        answers.put("sex", new Value.Choice("female"));
        answers.put("cramp_location", new Value.Choices(Set.of("calf", "foot")));
        answers.put("sudden_pop_onset", Value.of(true));
        answers.put("recent_injury_or_fall", Value.of(true));
        answers.put("calf_swelling_one_side", Value.of(true));
        answers.put("calf_red_warm_tender", Value.of(true));
        answers.put("long_or_new_exercise", Value.of(true));
        answers.put("symptoms_worsening", Value.of(true));
        answers.put("sudden_breathless", Value.of(false));
        answers.put("chest_pain", Value.UNKNOWN);
        return answers;
    }

    /** The first answers of an interview, before the engine has enough to stop. */
    static Map<String, Value> interviewJustStarted() {
        Map<String, Value> answers = new LinkedHashMap<>();
        answers.put("cramp_location", new Value.Choices(Set.of("calf")));
        return answers;
    }

    static List<Map<String, Value>> all() {
        return List.of(nocturnalCalfCramps(), swollenTenderCalf(), interviewJustStarted());
    }

    static Assessment assess(Map<String, Value> answers) {
        return new Engine(KB).assess(AssessmentRequest.of(new Evidence(answers)));
    }

    private Stories() {
    }
}
