package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which failures are a database outage (the request may succeed later, so the server answers 503), told apart from
 * bugs and refused statements; each from a real driver exception, none written by hand.
 */
class DatabaseOutageTest {

    private static final long POOL_TIMEOUT_MILLIS = 2_000;

    @Nested
    class Sqlite {
        @TempDir
        Path dataDir;

        @Test
        void fileLockedByAnotherConnection_isAnOutage() throws SQLException {
            String url = "jdbc:sqlite:" + dataDir.resolve("locked.db");
            try (Connection holder = DriverManager.getConnection(url);
                 Connection waiter = DriverManager.getConnection(url)) {
                execute(holder, "CREATE TABLE t (x INTEGER)");
                holder.setAutoCommit(false);
                execute(holder, "INSERT INTO t VALUES (1)");
                execute(waiter, "PRAGMA busy_timeout = 0");

                Throwable busy = catchThrowable(() -> execute(waiter, "INSERT INTO t VALUES (2)"));

                assertThat(DatabaseOutage.of(new IllegalStateException("wrapped", busy)))
                        .contains(new DatabaseOutage("the database file is locked by another process"));
            }
        }

        @Test
        void fileThatCannotBeOpened_isAnOutage() {
            String url = "jdbc:sqlite:" + dataDir.resolve("no-such-directory").resolve("spasmcheck.db");

            Throwable cannotOpen = catchThrowable(() -> DriverManager.getConnection(url).close());

            assertThat(DatabaseOutage.of(cannotOpen))
                    .contains(new DatabaseOutage("the database file cannot be opened"));
        }

        @Test
        void statementErrors_andConstraintViolations_areNotOutages() throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("ok.db"))) {
                execute(connection, "CREATE TABLE t (x INTEGER NOT NULL)");

                Throwable syntax = catchThrowable(() -> execute(connection, "SELEKT 1"));
                Throwable constraint = catchThrowable(() -> execute(connection, "INSERT INTO t VALUES (NULL)"));

                assertThat(syntax).isInstanceOf(SQLException.class);
                assertThat(DatabaseOutage.of(syntax)).isEmpty();
                assertThat(constraint).isInstanceOf(SQLException.class);
                assertThat(DatabaseOutage.of(constraint)).isEmpty();
            }
        }
    }

    @Nested
    class Postgresql {
        @Test
        void serverNotListening_isAnOutage_whoseCauseNamesNoHostOrPort() throws IOException {
            int port = closedPort();

            Throwable refused = catchThrowable(() ->
                    DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/spasmcheck?user=secret-user")
                            .close());

            assertThat(DatabaseOutage.of(refused)).hasValueSatisfying(outage -> {
                assertThat(outage.cause()).isEqualTo("cannot connect to the database server");
                assertThat(outage.cause()).doesNotContain(Integer.toString(port), "127.0.0.1", "secret-user");
            });
        }

        @Test
        void poolTimeout_wrappingARefusedConnection_isReportedAsTheRefusal() throws IOException {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/spasmcheck?user=spasmcheck");
            // Long enough for the pool's first attempt to connect to fail (it is refused at once).
            config.setConnectionTimeout(POOL_TIMEOUT_MILLIS);
            config.setInitializationFailTimeout(-1);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                Throwable timedOut = catchThrowable(() -> pool.getConnection().close());

                assertThat(timedOut).isInstanceOf(java.sql.SQLTransientConnectionException.class);
                assertThat(DatabaseOutage.of(timedOut))
                        .contains(new DatabaseOutage("cannot connect to the database server"));
            }
        }
    }

    @Test
    void failuresThatAreNotFromTheDatabase_areNotOutages() {
        assertThat(DatabaseOutage.of(new IllegalStateException("stored answer to unknown finding x"))).isEmpty();
        assertThat(DatabaseOutage.of(new SQLException("no state"))).isEmpty();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A local port with nothing listening on it (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
