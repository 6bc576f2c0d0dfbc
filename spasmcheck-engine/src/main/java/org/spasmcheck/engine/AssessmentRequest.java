package org.spasmcheck.engine;

import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;

/**
 * One request to the engine.
 *
 * @param audience       who answers: the person (patient questions only) or a clinician (all questions)
 * @param questionsAsked questions the engine has asked so far in this interview, for the question cap
 */
public record AssessmentRequest(Evidence evidence, Audience audience, int questionsAsked) {
    public static AssessmentRequest of(Evidence evidence) {
        return new AssessmentRequest(evidence, Audience.PATIENT, 0);
    }
}
