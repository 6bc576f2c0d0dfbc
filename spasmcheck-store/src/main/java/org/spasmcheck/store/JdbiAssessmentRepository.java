package org.spasmcheck.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Assessments in the tables {@code assessment} and {@code answer_event} (see {@code db/migration/V1__assessments.sql};
 * {@code V2__diary_and_sharing.sql} added the diary an assessment was started from and each answer's origin).
 *
 * <p>Each write is one transaction. {@code append} first updates the assessment row where its version is the
 * expected one ({@code V3__assessment_version.sql}): that checks the version, finds out whether the assessment exists
 * before anything is written, and locks the row (PostgreSQL row lock, SQLite write lock). A concurrent append from
 * the same version waits for the lock and then matches no row (PostgreSQL re-checks the WHERE clause against the
 * committed row), so it writes nothing and reports a conflict.
 *
 * <p>Answer values are personal health data: nothing here logs, and exception messages carry no bound values.
 * Times are truncated to the millisecond (see {@link StoreJdbiPlugin}).
 */
public final class JdbiAssessmentRepository implements AssessmentRepository {

    private static final String INSERT_ASSESSMENT = """
            INSERT INTO assessment (id, token_hash, diary_id, created_at, updated_at, version, initial_answers,
                                    kb_version, kb_hash, triage_level, result_json)
            VALUES (:id, :tokenHash, :diaryId, :at, :at, :initialAnswers, :initialAnswers,
                    :kbVersion, :kbHash, :triageLevel, :resultJson)
            """;

    private static final String UPDATE_AT_VERSION = """
            UPDATE assessment
               SET version      = version + :entries,
                   updated_at   = :at,
                   kb_version   = :kbVersion,
                   kb_hash      = :kbHash,
                   triage_level = :triageLevel,
                   result_json  = :resultJson
             WHERE id = :id
               AND version = :expectedVersion
            """;

    private static final String SELECT_VERSION = """
            SELECT version
              FROM assessment
             WHERE id = :id
            """;

    private static final String INSERT_ANSWER_EVENT = """
            INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at, origin)
            VALUES (:assessmentId, :sequence, :findingId, :operation, :valueJson, :recordedAt, :origin)
            """;

    /**
     * The assessment and its log in one statement, so that they are of one moment without a transaction: one row per
     * log entry, or one row with NULL entry columns when the log is empty. Leaves out the result snapshot, which
     * the interview recomputes and never reads.
     */
    private static final String SELECT_ASSESSMENT_WITH_LOG = """
            SELECT a.id, a.token_hash, a.diary_id, a.created_at, a.updated_at, a.version, a.initial_answers,
                   e.sequence, e.finding_id, e.operation, e.value_json, e.recorded_at, e.origin
              FROM assessment a
              LEFT JOIN answer_event e ON e.assessment_id = a.id
             WHERE a.id = :id
             ORDER BY e.sequence
            """;

    private static final String SELECT_SNAPSHOT = """
            SELECT kb_version, kb_hash, triage_level, result_json
              FROM assessment
             WHERE id = :id
            """;

    private static final String COUNT_ASSESSMENT = """
            SELECT COUNT(*)
              FROM assessment
             WHERE id = :id
            """;

    private final Jdbi jdbi;

    /**
     * Created by {@link Database}.
     *
     * @param jdbi with the store's conventions installed ({@link Database#jdbi()})
     */
    JdbiAssessmentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public StoredAssessment create(String id, String tokenHash, String diaryId, Instant at,
                                   List<AnswerEvent> initialAnswers, ResultSnapshot snapshot) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(at, "at");
        requireComplete(snapshot);
        initialAnswers.forEach(JdbiAssessmentRepository::requireComplete);
        List<AnswerEvent> log = numberedAfter(0, initialAnswers);
        jdbi.useTransaction(handle -> {
            if (diaryId != null && !JdbiDiaryRepository.exists(handle, diaryId)) {
                throw new DiaryNotFoundException(diaryId);
            }
            bindSnapshot(handle.createUpdate(INSERT_ASSESSMENT), snapshot)
                    .bind("id", id)
                    .bind("tokenHash", tokenHash)
                    .bind("diaryId", diaryId)
                    .bind("at", at)
                    .bind("initialAnswers", initialAnswers.size())
                    .execute();
            insertLogEntries(handle, id, log);
        });
        Instant stored = asStored(at);
        return new StoredAssessment(id, tokenHash, diaryId, stored, stored, log.size(), log.size(), log);
    }

    @Override
    public StoredAssessment append(StoredAssessment current, Instant at, List<AnswerEvent> entries,
                                   ResultSnapshot snapshot) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(at, "at");
        requireComplete(snapshot);
        entries.forEach(JdbiAssessmentRepository::requireComplete);
        String id = current.id();
        List<AnswerEvent> appended = numberedAfter(lastSequence(current), entries);
        jdbi.useTransaction(handle -> {
            int updated = bindSnapshot(handle.createUpdate(UPDATE_AT_VERSION), snapshot)
                    .bind("id", id)
                    .bind("expectedVersion", current.version())
                    .bind("entries", entries.size())
                    .bind("at", at)
                    .execute();
            if (updated == 0) {
                long stored = handle.createQuery(SELECT_VERSION).bind("id", id).mapTo(Long.class).findOne()
                        .orElseThrow(() -> new AssessmentNotFoundException(id));
                throw new VersionConflictException(id, current.version(), stored);
            }
            insertLogEntries(handle, id, appended);
        });
        List<AnswerEvent> log = new ArrayList<>(current.log().size() + appended.size());
        log.addAll(current.log());
        log.addAll(appended);
        return new StoredAssessment(id, current.tokenHash(), current.diaryId(), current.createdAt(), asStored(at),
                current.version() + entries.size(), current.initialAnswers(), log);
    }

    @Override
    public Optional<StoredAssessment> find(String id) {
        Objects.requireNonNull(id, "id");
        return jdbi.withHandle(handle -> handle.createQuery(SELECT_ASSESSMENT_WITH_LOG)
                .bind("id", id)
                .scanResultSet((rows, context) -> assessmentWithLog(rows.get())));
    }

    @Override
    public Optional<ResultSnapshot> findSnapshot(String id) {
        Objects.requireNonNull(id, "id");
        return jdbi.withHandle(handle -> handle.createQuery(SELECT_SNAPSHOT)
                .bind("id", id)
                .map((row, context) -> new ResultSnapshot(row.getString("kb_version"), row.getString("kb_hash"),
                        row.getString("triage_level"), row.getString("result_json")))
                .findOne());
    }

    @Override
    public Optional<DatabaseOutage> outage() {
        try {
            jdbi.useHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
            return Optional.empty();
        } catch (JdbiException e) {
            return Optional.of(DatabaseOutage.of(e).orElse(DatabaseOutage.NO_ANSWER));
        }
    }

    /** Binds the snapshot's columns by name, without reflecting on the record for every statement. */
    private static Update bindSnapshot(Update update, ResultSnapshot snapshot) {
        return update.bind("kbVersion", snapshot.knowledgeBaseVersion())
                .bind("kbHash", snapshot.knowledgeBaseHash())
                .bind("triageLevel", snapshot.triageLevel())
                .bind("resultJson", snapshot.resultJson());
    }

    /**
     * The sequence number of {@code current}'s last entry. The version check of the append makes this the stored log's
     * last entry too: the log only grows, and every entry adds one to the version.
     */
    private static long lastSequence(StoredAssessment current) {
        List<AnswerEvent> log = current.log();
        return log.isEmpty() ? 0 : log.get(log.size() - 1).sequence();
    }

    /** The entries as they are stored: sequence numbers lastSequence + 1, + 2, ... in list order, times in millis. */
    private static List<AnswerEvent> numberedAfter(long lastSequence, List<AnswerEvent> entries) {
        List<AnswerEvent> numbered = new ArrayList<>(entries.size());
        long sequence = lastSequence;
        for (AnswerEvent entry : entries) {
            sequence++;
            numbered.add(new AnswerEvent(sequence, entry.findingId(), entry.operation(), entry.valueJson(),
                    asStored(entry.recordedAt()), entry.origin()));
        }
        return numbered;
    }

    /** A time as it reads back from the store (see {@link StoreJdbiPlugin}). */
    private static Instant asStored(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The operation is bound as its name, which the column holds: binding the enum makes Jdbi resolve its enum
     * strategy on every row (a tenth of the append's CPU in a profile).
     */
    private static void insertLogEntries(Handle handle, String id, List<AnswerEvent> numbered) {
        if (numbered.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT_ANSWER_EVENT);
        for (AnswerEvent entry : numbered) {
            batch.bind("assessmentId", id)
                    .bind("sequence", entry.sequence())
                    .bind("findingId", entry.findingId())
                    .bind("operation", entry.operation().name())
                    .bind("valueJson", entry.valueJson())
                    .bind("recordedAt", entry.recordedAt())
                    .bind("origin", entry.origin().id())
                    .add();
        }
        batch.execute();
    }

    /** True if the assessment exists, as seen by the transaction of {@code handle}. */
    static boolean exists(Handle handle, String id) {
        return handle.createQuery(COUNT_ASSESSMENT).bind("id", id).mapTo(Long.class).one() > 0;
    }

    /** The rows of {@link #SELECT_ASSESSMENT_WITH_LOG}, mapped by hand: no reflection on the busiest query. */
    private static Optional<StoredAssessment> assessmentWithLog(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        String id = rows.getString("id");
        String tokenHash = rows.getString("token_hash");
        String diaryId = rows.getString("diary_id");
        Instant createdAt = Instant.ofEpochMilli(rows.getLong("created_at"));
        Instant updatedAt = Instant.ofEpochMilli(rows.getLong("updated_at"));
        long version = rows.getLong("version");
        int initialAnswers = rows.getInt("initial_answers");
        List<AnswerEvent> log = new ArrayList<>();
        do {
            long sequence = rows.getLong("sequence");
            if (!rows.wasNull()) {
                log.add(new AnswerEvent(sequence, rows.getString("finding_id"),
                        AnswerEvent.Operation.valueOf(rows.getString("operation")), rows.getString("value_json"),
                        Instant.ofEpochMilli(rows.getLong("recorded_at")),
                        AnswerEvent.Origin.fromId(rows.getString("origin"))));
            }
        } while (rows.next());
        return Optional.of(new StoredAssessment(id, tokenHash, diaryId, createdAt, updatedAt, version, initialAnswers,
                log));
    }

    private static void requireComplete(ResultSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(snapshot.knowledgeBaseVersion(), "snapshot.knowledgeBaseVersion");
        Objects.requireNonNull(snapshot.knowledgeBaseHash(), "snapshot.knowledgeBaseHash");
        Objects.requireNonNull(snapshot.triageLevel(), "snapshot.triageLevel");
        Objects.requireNonNull(snapshot.resultJson(), "snapshot.resultJson");
    }

    /** The answer value itself is not checked and never appears in a message. */
    private static void requireComplete(AnswerEvent entry) {
        Objects.requireNonNull(entry, "log entry");
        Objects.requireNonNull(entry.findingId(), "log entry findingId");
        Objects.requireNonNull(entry.operation(), "log entry operation");
        Objects.requireNonNull(entry.recordedAt(), "log entry recordedAt");
        Objects.requireNonNull(entry.origin(), "log entry origin");
        if (entry.operation() == AnswerEvent.Operation.CLEAR && entry.valueJson() != null) {
            throw new IllegalArgumentException("a CLEAR entry has no value (finding " + entry.findingId() + ")");
        }
    }
}
