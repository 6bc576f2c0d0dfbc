package org.spasmcheck.bench.storage;

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
 * The storage floor: a plain JDBC insert of one {@code answer_event} row, in auto-commit mode (so one transaction per
 * row, committed when the insert returns), on a connection borrowed from the store's own pool for each insert as the
 * answer path borrows one. So it has exactly the durability of the answer log: SQLite with WAL, synchronous=FULL and
 * the one pooled connection; PostgreSQL with the server's fsync and synchronous_commit. The rows belong to one
 * assessment made through the repository; the table, its keys and checks are the real ones. Nothing else happens.
 */
final class RawInsertFloor implements AnswerWriter {
    private static final String INSERT = """
            INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String FINDING = "cramps_at_rest_night";

    private final Jdbi jdbi;
    private final String assessmentId = "floor-" + UUID.randomUUID();
    private long sequence;

    RawInsertFloor(Database database) {
        this.jdbi = database.jdbi();
        database.assessments().create(assessmentId, "not-a-token", null, Instant.now(), List.of(),
                new ResultSnapshot("floor", "floor", "self_care", "{}"));
    }

    @Override
    public String name() {
        return "raw insert floor";
    }

    @Override
    public void prepare() {
        // Nothing: every write is the same insert.
    }

    @Override
    public void write() {
        try (Handle handle = jdbi.open(); PreparedStatement insert = handle.getConnection().prepareStatement(INSERT)) {
            insert.setString(1, assessmentId);
            insert.setLong(2, ++sequence);
            insert.setString(3, FINDING);
            insert.setString(4, AnswerEvent.Operation.SET.name());
            insert.setString(5, "true");
            insert.setLong(6, System.currentTimeMillis());
            insert.setString(7, AnswerEvent.Origin.PERSON.id());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the raw insert failed", e);
        }
    }

    @Override
    public void close() {
        // Nothing held between inserts.
    }
}
