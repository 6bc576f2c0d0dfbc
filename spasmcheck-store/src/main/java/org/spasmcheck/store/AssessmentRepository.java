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
     * Stores a new assessment with its initial answers (sequence 1..n) and first snapshot, and returns what it stored
     * (times truncated to the millisecond, as {@link #find} would read them) without reading it back.
     *
     * @param diaryId the diary the interview is started from, or null
     * @throws DiaryNotFoundException if {@code diaryId} is not null and there is no such diary
     */
    StoredAssessment create(String id, String tokenHash, String diaryId, Instant at, List<AnswerEvent> initialAnswers,
                            ResultSnapshot snapshot);

    /**
     * Appends entries to the log (sequence numbers continue from the last entry of {@code current}) and replaces the
     * snapshot, in one transaction, if the assessment is still at {@code current}'s version; its version then grows
     * by the number of entries. The check and the write are one statement, so two writers computed from the same
     * version (in one process or in several, on one database) never both succeed: the second gets a conflict and
     * writes nothing.
     *
     * <p>Returns the state after the append built from {@code current} and the entries, not read back: the version
     * check guarantees that the stored log is {@code current}'s followed by the entries.
     *
     * @param current the assessment as read (by {@link #find}, or returned by the last write) that {@code snapshot}
     *                was computed from
     * @throws AssessmentNotFoundException if there is no such assessment
     * @throws VersionConflictException    if the assessment is at another version than {@code current}'s
     */
    StoredAssessment append(StoredAssessment current, Instant at, List<AnswerEvent> entries, ResultSnapshot snapshot);

    /** The assessment with its whole log, as of one moment; without the result snapshot. */
    Optional<StoredAssessment> find(String id);

    /**
     * The result snapshot last written with the assessment: for checking that it is the result the log gives, not
     * for serving it (the interview recomputes the result).
     */
    Optional<ResultSnapshot> findSnapshot(String id);

    /** Empty when the database answers a trivial query; otherwise why it does not (for /health). */
    Optional<DatabaseOutage> outage();
}
