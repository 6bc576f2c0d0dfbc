package org.spasmcheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The spasmcheck database: a connection pool, the schema brought up to date by the Flyway migrations in
 * {@code db/migration}, and the repositories. SQLite (a file, the default) or PostgreSQL, chosen by the JDBC URL;
 * the same migrations and repository code run on both.
 *
 * <p>SQLite: one pooled connection, so the threads of this process take turns and never meet {@code SQLITE_BUSY};
 * foreign keys on; WAL journal (readers in other processes do not block the writer); {@code synchronous=FULL}, so a
 * committed answer survives a power cut; a busy timeout for writers in other processes.
 *
 * <p>PostgreSQL: a pool of {@value #POSTGRESQL_POOL_SIZE} connections; server error details (which can quote the
 * row, i.e. an answer) are kept out of exception messages.
 *
 * <p>Outages: while the database is unreachable a request fails within the pool's connection timeout with an
 * exception that {@link DatabaseOutage#of} recognises; HikariCP drops the broken connections and opens new ones
 * when the database answers again, so the store recovers by itself, without a restart.
 */
public final class Database implements AutoCloseable {

    /** The file that {@link #defaultSqliteUrl(Path)} puts in the data directory. */
    public static final String DEFAULT_SQLITE_FILE = "spasmcheck.db";

    /** Where the migrations live, on the classpath; the same files serve both databases. */
    private static final String MIGRATIONS = "classpath:db/migration";

    /** SQLite has one writer at a time; one connection makes this process's threads queue in the pool instead. */
    private static final int SQLITE_POOL_SIZE = 1;

    /**
     * How long a SQLite write waits for another process holding the write lock before failing with SQLITE_BUSY.
     * Store writes take milliseconds; ten seconds covers a backup or a batch import running beside the server.
     */
    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

    /** HikariCP's default size; PostgreSQL serves many more, and each request holds a connection briefly. */
    private static final int POSTGRESQL_POOL_SIZE = 10;

    /**
     * How long a request waits for a PostgreSQL connection before it fails (and is answered 503 "database
     * unavailable"): a few seconds, not HikariCP's default 30, so that while the server is down requests fail fast
     * instead of piling up. A healthy pool hands out a connection in microseconds.
     */
    private static final long POSTGRESQL_CONNECTION_TIMEOUT_MILLIS = 3_000;

    /**
     * How long a request waits for the one SQLite connection: the request ahead of it may itself wait up to the busy
     * timeout for another process's write lock, and gets two seconds more for its own statements.
     */
    private static final long SQLITE_CONNECTION_TIMEOUT_MILLIS = SQLITE_BUSY_TIMEOUT_MILLIS + 2_000;

    /** How long HikariCP may take to check that a pooled connection still works; below the connection timeout. */
    private static final long VALIDATION_TIMEOUT_MILLIS = 1_000;

    /** PostgreSQL driver (pgjdbc): seconds to open a TCP connection, so an unreachable host fails like a stopped one. */
    private static final int POSTGRESQL_CONNECT_TIMEOUT_SECONDS = 3;

    /**
     * PostgreSQL driver: seconds a read on the socket may block. The store's statements take milliseconds; without
     * it a server that stops answering (network cut, host frozen) holds a request and its connection forever.
     */
    private static final int POSTGRESQL_SOCKET_TIMEOUT_SECONDS = 30;

    /** Hikari: 0 = connections are never retired for age (nothing stale about a connection to a local file). */
    private static final long NEVER = 0;

    /** The databases the store runs on. */
    private enum Kind {
        SQLITE("sqlite", "jdbc:sqlite:", "jdbc:sqlite:/var/lib/spasmcheck/spasmcheck.db",
                TransactionIsolationLevel.SERIALIZABLE),
        POSTGRESQL("postgresql", "jdbc:postgresql:", "jdbc:postgresql://localhost:5432/spasmcheck?user=spasmcheck",
                TransactionIsolationLevel.REPEATABLE_READ);

        final String label;
        final String urlPrefix;
        final String example;
        /** The isolation at which a read of several statements sees one consistent state (SQLite has only one). */
        final TransactionIsolationLevel consistentReads;

        Kind(String label, String urlPrefix, String example, TransactionIsolationLevel consistentReads) {
            this.label = label;
            this.urlPrefix = urlPrefix;
            this.example = example;
            this.consistentReads = consistentReads;
        }

        static Kind of(String jdbcUrl) {
            for (Kind kind : values()) {
                if (jdbcUrl.startsWith(kind.urlPrefix)) {
                    return kind;
                }
            }
            String allowed = Arrays.stream(values())
                    .map(kind -> kind.urlPrefix + " (e.g. " + kind.example + ")")
                    .collect(Collectors.joining(" or "));
            String scheme = scheme(jdbcUrl);
            throw new IllegalArgumentException(scheme.isEmpty()
                    ? "the database URL has no scheme; use " + allowed
                    : "unsupported database URL scheme \"" + scheme + "\"; use " + allowed);
        }

        /** "jdbc:mysql:" of "jdbc:mysql://host/db?password=..." (never the rest, which may hold a password). */
        private static String scheme(String url) {
            int start = url.startsWith("jdbc:") ? "jdbc:".length() : 0;
            int colon = url.indexOf(':', start);
            return colon < 0 ? "" : url.substring(0, colon + 1);
        }
    }

    private final Kind kind;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final AssessmentRepository assessments;
    private final DiaryRepository diaries;
    private final ShareLinkRepository shareLinks;

    private Database(Kind kind, HikariDataSource dataSource) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new StoreJdbiPlugin());
        this.assessments = new JdbiAssessmentRepository(jdbi);
        this.diaries = new JdbiDiaryRepository(jdbi, kind.consistentReads);
        this.shareLinks = new JdbiShareLinkRepository(jdbi, kind.consistentReads);
    }

    /** Opens the database at a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL (credentials may be in it). */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /**
     * Opens the database and migrates its schema to the latest version.
     *
     * @param user     PostgreSQL user, or null to take it from the URL; ignored for SQLite
     * @param password PostgreSQL password, or null to take it from the URL; ignored for SQLite
     * @throws IllegalArgumentException if the URL is neither {@code jdbc:sqlite:} nor {@code jdbc:postgresql:}
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Kind kind = Kind.of(jdbcUrl);
        HikariConfig config = switch (kind) {
            case SQLITE -> sqlitePool(jdbcUrl);
            case POSTGRESQL -> postgresqlPool(jdbcUrl, user, password);
        };
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new Database(kind, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Creates {@code dataDir} if needed and returns the URL of {@value #DEFAULT_SQLITE_FILE} in it. */
    public static String defaultSqliteUrl(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        return Kind.SQLITE.urlPrefix + dataDir.resolve(DEFAULT_SQLITE_FILE);
    }

    private static HikariConfig sqlitePool(String jdbcUrl) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.enforceForeignKeys(true);
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource driver = new SQLiteDataSource(sqlite);
        driver.setUrl(jdbcUrl);

        HikariConfig config = new HikariConfig();
        config.setPoolName("spasmcheck-sqlite");
        config.setDataSource(driver);
        config.setMaximumPoolSize(SQLITE_POOL_SIZE);
        config.setMinimumIdle(SQLITE_POOL_SIZE);
        config.setMaxLifetime(NEVER);
        config.setConnectionTimeout(SQLITE_CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        return config;
    }

    private static HikariConfig postgresqlPool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("spasmcheck-postgresql");
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
        config.setConnectionTimeout(POSTGRESQL_CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        config.addDataSourceProperty("connectTimeout", Integer.toString(POSTGRESQL_CONNECT_TIMEOUT_SECONDS));
        config.addDataSourceProperty("socketTimeout", Integer.toString(POSTGRESQL_SOCKET_TIMEOUT_SECONDS));
        // Keeps "Failing row contains (...)" and similar server details out of exception messages and logs.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return config;
    }

    /** Jdbi on this database's pool, with the store's conventions (see {@link StoreJdbiPlugin}). */
    public Jdbi jdbi() {
        return jdbi;
    }

    public AssessmentRepository assessments() {
        return assessments;
    }

    public DiaryRepository diaries() {
        return diaries;
    }

    public ShareLinkRepository shareLinks() {
        return shareLinks;
    }

    /** "sqlite" or "postgresql". */
    public String kind() {
        return kind.label;
    }

    /** True while the database is open and answers a trivial query. */
    public boolean isHealthy() {
        if (dataSource.isClosed()) {
            return false;
        }
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (JdbiException e) {
            return false;
        }
    }

    /** Closes the pool; committed data is on disk. Calling it again does nothing. */
    @Override
    public void close() {
        dataSource.close();
    }
}
