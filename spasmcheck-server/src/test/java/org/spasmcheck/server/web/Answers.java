package org.spasmcheck.server.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.model.Finding;

/** How a test person answers: the form values ("answer" field) for a question. */
@FunctionalInterface
interface Answers {
    /** The values of the "answer" field; {@value AnswerForm#DONT_KNOW} alone means "Don't know". */
    List<String> answer(Finding f);

    /**
     * Ordinary night-time calf cramps: calf, 45, male, no to every red flag and other symptom, yes to the features
     * of a true rest cramp (night, wakes, hard knot, eased by stretching, sore after, had it before).
     */
    Answers NIGHT_CALF_CRAMPS = new Answers() {
        private final Set<String> yes = Set.of("cramps_at_rest_night", "cramps_wake_you", "cramp_hard_knot",
                "cramp_relieved_stretch", "soreness_after", "prior_same_injury");
        private final Map<String, String> given = Map.of("cramp_location", "calf", "age_years", "45", "sex", "male",
                "cramp_duration", "under_10_min", "cramps_per_week", "2", "problem_duration_weeks", "52",
                "tetanus_vaccine", "under_5_years", "temperature_c", "36.8");

        @Override
        public List<String> answer(Finding f) {
            if (given.containsKey(f.id())) {
                return List.of(given.get(f.id()));
            }
            return switch (f.type()) {
                case BOOLEAN -> List.of(yes.contains(f.id()) ? AnswerForm.YES : AnswerForm.NO);
                case CHOICE, MULTI_CHOICE, NUMBER -> List.of(AnswerForm.DONT_KNOW);
            };
        }
    };

    /** Calf cramps at 67, and yes to every yes/no question: an emergency red flag fires early. */
    Answers YES_TO_EVERYTHING = f -> switch (f.id()) {
        case "cramp_location" -> List.of("calf");
        case "age_years" -> List.of("67");
        case "sex" -> List.of("male");
        default -> switch (f.type()) {
            case BOOLEAN -> List.of(AnswerForm.YES);
            case CHOICE, MULTI_CHOICE, NUMBER -> List.of(AnswerForm.DONT_KNOW);
        };
    };

    /** The form a no-JavaScript browser sends for this answer to the question of {@code findingId}. */
    static Map<String, List<String>> form(Finding f, List<String> values) {
        if (f.type() == org.spasmcheck.engine.model.FindingType.NUMBER && values.equals(List.of(AnswerForm.DONT_KNOW))) {
            return Map.of("finding", List.of(f.id()), AnswerForm.DONT_KNOW_FIELD, List.of("1"), AnswerForm.ANSWER, List.of(""));
        }
        return Map.of("finding", List.of(f.id()), AnswerForm.ANSWER, values);
    }
}
