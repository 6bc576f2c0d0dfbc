package org.spasmcheck.server;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.server.service.AssessmentService;
import org.spasmcheck.store.Database;

/**
 * A real server on a free port with a real SQLite database in a temporary directory, for API and browser tests.
 * Close it after the test.
 */
public final class TestServer implements AutoCloseable {
    public static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();

    private final Database database;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Database database, Javalin app) {
        this.database = database;
        this.app = app;
    }

    public static TestServer start(Path dataDir) {
        return start(Database.open(Database.defaultSqliteUrl(dataDir)), ServerSettings.defaults(0));
    }

    public static TestServer start(Database database, ServerSettings settings) {
        return start(database, settings, Clock.systemUTC());
    }

    /** A server whose "now" is {@code clock} (share-link expiry, the diary's today), so tests move time instead of waiting. */
    public static TestServer start(Database database, ServerSettings settings, Clock clock) {
        ServerContext context = ServerContext.of(KB, database, settings, clock, new SecureRandom());
        Javalin app = SpasmcheckServer.create(context).start(0);
        return new TestServer(database, app);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    public Database database() {
        return database;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).headers(headersOrNone(headers)).GET());
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).headers(headersOrNone(headers))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).headers(headersOrNone(headers)).DELETE());
    }

    private static String[] headersOrNone(String[] headers) {
        return headers.length == 0 ? new String[] {"Accept", "*/*"} : headers;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
