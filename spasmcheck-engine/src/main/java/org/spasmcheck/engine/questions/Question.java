package org.spasmcheck.engine.questions;

import java.util.List;
import org.spasmcheck.engine.model.Finding;

/**
 * The next question and why it is asked.
 *
 * @param explanation    plain-language reason shown to the person
 * @param ruleId         the red-flag rule screened, for {@link QuestionReason#RED_FLAG_SCREEN}
 * @param separates      the conditions the answer best tells apart, for {@link QuestionReason#INFORMATION_GAIN}
 * @param expectedGainBits expected reduction of the differential's entropy, in bits
 */
public record Question(Finding finding, QuestionReason reason, String explanation, String ruleId,
                       List<String> separates, double expectedGainBits) {
    public Question {
        separates = List.copyOf(separates);
    }
}
