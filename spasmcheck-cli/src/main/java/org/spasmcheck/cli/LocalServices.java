package org.spasmcheck.cli;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.store.Database;

/**
 * The server's use cases on the database of {@code --db}/{@code --data-dir}, for commands that run beside it
 * ({@code diary}, {@code report}); closing it closes the database.
 */
final class LocalServices implements AutoCloseable {
    /**
     * The loggers of the connection pool, the migrations and HAPI FHIR, whose INFO lines (pool started, schema up to
     * date, FHIR context created) belong in a server's log, not after every diary entry; a {@code -D} setting of the
     * same property still wins.
     */
    private static final List<String> QUIET_LOGGERS = List.of("com.zaxxer.hikari", "org.flywaydb", "ca.uhn.fhir");
    /** slf4j-simple reads a logger's level from this system property when the logger is created. */
    private static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.";

    private final Database database;
    private final ServerContext context;

    private LocalServices(Database database, ServerContext context) {
        this.database = database;
        this.context = context;
    }

    static LocalServices open(KnowledgeOption knowledge, DatabaseOption databaseOption) {
        KnowledgeBase kb = knowledge.load();
        QUIET_LOGGERS.forEach(logger -> {
            if (System.getProperty(LOG_LEVEL_PROPERTY + logger) == null) {
                System.setProperty(LOG_LEVEL_PROPERTY + logger, "warn");
            }
        });
        Database database = databaseOption.open();
        // As for serve: the system zone is the diary's "today" and the reports' time zone.
        return new LocalServices(database, ServerContext.of(kb, database,
                ServerSettings.defaults(ServerSettings.DEFAULT_PORT), Clock.systemDefaultZone(), new SecureRandom()));
    }

    ServerContext context() {
        return context;
    }

    @Override
    public void close() {
        database.close();
    }
}
