package org.spasmcheck.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Why the database cannot be used right now, in a few fixed words: a failure that goes away when the database comes
 * back (server down or restarting, connection lost, no free connection in time, SQLite file locked or unreadable),
 * as opposed to a bug or a refused statement. The words never quote the driver's message, which can name the host,
 * the user or a statement.
 *
 * @param cause a short reason for logs and /health
 */
public record DatabaseOutage(String cause) {

    /** When the trivial health query fails in a way {@link #of} does not recognise. */
    public static final DatabaseOutage NO_ANSWER = new DatabaseOutage("the database did not answer a test query");

    /** SQLSTATE class 08, connection exception (SQL standard; PostgreSQL Appendix A). */
    private static final String CONNECTION_EXCEPTION = "08";
    /** 08001 sqlclient_unable_to_establish_sqlconnection, 08004 sqlserver_rejected_establishment_of_sqlconnection. */
    private static final String UNABLE_TO_CONNECT = "08001";
    private static final String CONNECTION_REJECTED = "08004";
    /** PostgreSQL class 57P: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or recovering). */
    private static final String SERVER_SHUTDOWN_OR_STARTING = "57P";
    /** PostgreSQL class 53: insufficient resources (disk full, out of memory, too many connections). */
    private static final String INSUFFICIENT_RESOURCES = "53";
    /** SQLite: the primary result code is the low 8 bits of an extended result code. */
    private static final int PRIMARY_RESULT_CODE_MASK = 0xFF;

    /**
     * The outage behind {@code failure}, or empty when it is another kind of error. Looks through the whole chain of
     * causes and keeps the innermost outage it recognises, which is the most specific (HikariCP's "no connection in
     * time" wraps the driver's "connection refused").
     */
    public static Optional<DatabaseOutage> of(Throwable failure) {
        Optional<DatabaseOutage> found = Optional.empty();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<DatabaseOutage> here = classify(t);
            if (here.isPresent()) {
                found = here;
            }
        }
        return found;
    }

    private static Optional<DatabaseOutage> classify(Throwable t) {
        if (t instanceof SQLiteException sqlite) {
            return sqlite(sqlite.getResultCode());
        }
        if (!(t instanceof SQLException sql)) {
            return Optional.empty();
        }
        String state = sql.getSQLState();
        if (state == null) {
            // HikariCP's timeout carries the state of the last failed attempt to connect, when there was one.
            return sql instanceof SQLTransientConnectionException
                    ? outage("no database connection became free in time") : Optional.empty();
        }
        if (state.equals(UNABLE_TO_CONNECT) || state.equals(CONNECTION_REJECTED)) {
            return outage("cannot connect to the database server");
        }
        if (state.startsWith(CONNECTION_EXCEPTION)) {
            return outage("the connection to the database server was lost");
        }
        if (state.startsWith(SERVER_SHUTDOWN_OR_STARTING)) {
            return outage("the database server is shutting down or starting up");
        }
        if (state.startsWith(INSUFFICIENT_RESOURCES)) {
            return outage("the database server is out of resources");
        }
        return Optional.empty();
    }

    /**
     * By the primary result code, the low byte of the extended one (https://sqlite.org/rescode.html), so that e.g.
     * SQLITE_BUSY_SNAPSHOT counts as SQLITE_BUSY.
     */
    private static Optional<DatabaseOutage> sqlite(SQLiteErrorCode code) {
        int primary = code.code & PRIMARY_RESULT_CODE_MASK;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return outage("the database file is locked by another process");
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return outage("the database file cannot be opened");
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return outage("the database file cannot be read or written");
        }
        return Optional.empty();
    }

    private static Optional<DatabaseOutage> outage(String cause) {
        return Optional.of(new DatabaseOutage(cause));
    }
}
