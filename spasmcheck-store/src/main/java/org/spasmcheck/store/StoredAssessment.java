package org.spasmcheck.store;

import java.time.Instant;
import java.util.List;

/**
 * An assessment as stored, without its result snapshot (the interview recomputes the result from the log; the
 * snapshot is read by {@link AssessmentRepository#findSnapshot}).
 *
 * @param tokenHash      SHA-256 (hex) of the access token; the token itself is never stored
 * @param diaryId        the diary the interview was started from, or null when it was started without one
 * @param version        the number of entries in the log; a write names the version it was computed from (see
 *                       {@link AssessmentRepository#append})
 * @param initialAnswers how many log entries came with the creation request (the chief complaint), so that the
 *                       questions the engine asked can be counted
 * @param log            the whole answer log, in sequence order
 */
public record StoredAssessment(String id, String tokenHash, String diaryId, Instant createdAt, Instant updatedAt,
                               long version, int initialAnswers, List<AnswerEvent> log) {
    public StoredAssessment {
        log = List.copyOf(log);
    }
}
