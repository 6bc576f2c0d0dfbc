package org.spasmcheck.bench.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.spasmcheck.store.AnswerEvent;
import org.spasmcheck.store.Database;
import org.spasmcheck.store.ResultSnapshot;

/**
 * The floor of what the answer path writes: in one plain JDBC transaction, the new result snapshot of the assessment
 * (a real result's JSON, of the usual size) and the answer row, committed; the same durability as
 * {@link RawInsertFloor}. What the answer path costs beyond this is our code (reads, the engine, JSON, Jdbi), not
 * the disk.
 */
final class RawSnapshotFloor implements AnswerWriter {
    private static final String UPDATE_SNAPSHOT = "UPDATE assessment SET updated_at = ?, result_json = ? WHERE id = ?";
    private static final String INSERT = """
            INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String FINDING = "cramps_at_rest_night";

    private final Jdbi jdbi;
    private final String resultJson;
    private final String assessmentId = "floor-" + UUID.randomUUID();
    private long sequence;

    /** @param resultJson the snapshot written with each answer */
    RawSnapshotFloor(Database database, String resultJson) {
        this.jdbi = database.jdbi();
        this.resultJson = resultJson;
        database.assessments().create(assessmentId, "not-a-token", null, Instant.now(), List.of(),
                new ResultSnapshot("floor", "floor", "self_care", resultJson));
    }

    @Override
    public String name() {
        return "raw insert+snapshot";
    }

    @Override
    public void prepare() {
        // Nothing: every write is the same transaction.
    }

    @Override
    public void write() {
        try (Handle handle = jdbi.open()) {
            Connection connection = handle.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(UPDATE_SNAPSHOT);
                 PreparedStatement insert = connection.prepareStatement(INSERT)) {
                long now = System.currentTimeMillis();
                update.setLong(1, now);
                update.setString(2, resultJson);
                update.setString(3, assessmentId);
                update.executeUpdate();
                insert.setString(1, assessmentId);
                insert.setLong(2, ++sequence);
                insert.setString(3, FINDING);
                insert.setString(4, AnswerEvent.Operation.SET.name());
                insert.setString(5, "true");
                insert.setLong(6, now);
                insert.setString(7, AnswerEvent.Origin.PERSON.id());
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the raw insert with snapshot failed", e);
        }
    }

    @Override
    public void close() {
        // Nothing held between writes.
    }
}
