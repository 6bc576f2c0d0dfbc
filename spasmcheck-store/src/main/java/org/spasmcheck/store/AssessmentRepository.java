package org.spasmcheck.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Assessments with their append-only answer log and result snapshot. Every write is one transaction that is
 * committed before the method returns, so an answer is safe before the response is sent.
 */
public interface AssessmentRepository {

    /**
     * Stores a new assessment with its initial answers (sequence 1..n) and first snapshot.
     *
     * @param diaryId the diary the interview is started from, or null
     * @throws DiaryNotFoundException if {@code diaryId} is not null and there is no such diary
     */
    StoredAssessment create(String id, String tokenHash, String diaryId, Instant at, List<AnswerEvent> initialAnswers,
                            ResultSnapshot snapshot);

    /**
     * Appends entries to the log (sequence numbers continue from the last) and replaces the snapshot, in one
     * transaction.
     *
     * @throws AssessmentNotFoundException if there is no such assessment
     */
    StoredAssessment append(String id, Instant at, List<AnswerEvent> entries, ResultSnapshot snapshot);

    Optional<StoredAssessment> find(String id);

    /** True when the database answers a trivial query (for /health). */
    boolean isHealthy();
}
