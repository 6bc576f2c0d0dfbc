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
     * transaction, if the assessment is still at {@code expectedVersion}; its version then grows by the number of
     * entries. The check and the write are one statement, so two writers computed from the same version (in one
     * process or in several, on one database) never both succeed: the second gets a conflict and writes nothing.
     *
     * @param expectedVersion the {@link StoredAssessment#version()} that {@code snapshot} was computed from
     * @throws AssessmentNotFoundException if there is no such assessment
     * @throws VersionConflictException    if the assessment is at another version
     */
    StoredAssessment append(String id, long expectedVersion, Instant at, List<AnswerEvent> entries,
                            ResultSnapshot snapshot);

    Optional<StoredAssessment> find(String id);

    /** Empty when the database answers a trivial query; otherwise why it does not (for /health). */
    Optional<DatabaseOutage> outage();
}
