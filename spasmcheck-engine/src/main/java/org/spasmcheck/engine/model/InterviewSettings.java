package org.spasmcheck.engine.model;

import java.util.List;

/**
 * The stopping rule and opening questions of the interview (docs/ENGINE.md, "Next question").
 *
 * @param confidenceStop        stop once the top cause reaches this probability and no red-flag screen is open
 * @param minInformationGainBits stop when no question is expected to gain more than this
 * @param questionCap            stop after this many questions
 */
public record InterviewSettings(List<String> firstQuestions, int questionCap, double confidenceStop,
                                double minInformationGainBits, Citation citation) {
    public InterviewSettings {
        firstQuestions = List.copyOf(firstQuestions);
    }
}
