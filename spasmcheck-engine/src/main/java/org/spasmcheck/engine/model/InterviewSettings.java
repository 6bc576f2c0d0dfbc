package org.spasmcheck.engine.model;

import java.util.List;

/**
 * The stopping rule and opening questions of the interview (docs/ENGINE.md, "Next question").
 *
 * @param confidenceStop        stop once the top cause reaches this probability and no red-flag screen is open
 * @param minInformationGainBits stop when no question is expected to gain more than this
 * @param questionCap            stop after this many questions
 * @param triageInformationWeight weight of the information a question gives about the triage level, added to the
 *                               information about the cause, so that questions that rule emergencies in or out win
 */
public record InterviewSettings(List<String> firstQuestions, int questionCap, double confidenceStop,
                                double minInformationGainBits, double triageInformationWeight, Citation citation) {
    public InterviewSettings {
        firstQuestions = List.copyOf(firstQuestions);
    }
}
