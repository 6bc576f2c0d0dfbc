package org.spasmcheck.bench.load;

import io.javalin.Javalin;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.security.RateLimits;
import org.spasmcheck.server.SpasmcheckServer;
import org.spasmcheck.store.Database;

/**
 * The product's server on a free loopback port, on the given database, with the {@link EchoRoute} floor added.
 * Closing it stops the server and closes the database.
 */
public final class BenchServer implements AutoCloseable {
    private final Database database;
    private final Javalin app;

    private BenchServer(Database database, Javalin app) {
        this.database = database;
        this.app = app;
    }

    /** Starts a server on {@code database} (which it then owns). */
    public static BenchServer start(Database database) {
        ServerContext context = ServerContext.of(YamlKnowledgeBaseLoader.shipped(), database, settings(),
                Clock.systemUTC(), new SecureRandom());
        try {
            Javalin app = SpasmcheckServer.create(context, EchoRoute.ROUTES).start("127.0.0.1", 0);
            return new BenchServer(database, app);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * The one place where the benchmarks' server settings are made: the product's defaults on a free port, without
     * the per-address rate limits on creation, which a load test from one loopback address would hit at once.
     */
    static ServerSettings settings() {
        return ServerSettings.defaults(0).withRateLimits(RateLimits.OFF);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    /** "sqlite" or "postgresql". */
    public String databaseKind() {
        return database.kind();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            database.close();
        }
    }
}
