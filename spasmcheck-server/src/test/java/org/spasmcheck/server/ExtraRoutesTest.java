package org.spasmcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.server.api.ApiRoutes;
import org.spasmcheck.store.Database;

/** The seam through which the load benchmark adds its echo floor: added routes get the product's filters; the product has none. */
class ExtraRoutesTest {
    private static final String PATH = "/api/test/echo";
    private static final Consumer<JavalinDefaultRoutingApi> ECHO = routes ->
            routes.post(PATH, ctx -> ctx.contentType("application/json").result(ctx.body()));

    @TempDir
    Path dataDir;

    @Test
    void create_withExtraRoutes_servesThemBehindTheApiFilters() throws Exception {
        HttpResponse<String> r = postEcho(ECHO);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"a\":1}");
        assertThat(r.headers().firstValue(ApiRoutes.KB_HASH_HEADER)).contains(TestServer.KB.contentHash());
    }

    @Test
    void create_withoutExtraRoutes_doesNotServeThem() throws Exception {
        HttpResponse<String> r = postEcho(null);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).contains(SpasmcheckServer.PROBLEM_JSON);
    }

    /** Starts a server (with {@code extraRoutes}, or the product's create when null) and posts to the echo path. */
    private HttpResponse<String> postEcho(Consumer<JavalinDefaultRoutingApi> extraRoutes) throws IOException, InterruptedException {
        Database database = Database.open(Database.defaultSqliteUrl(dataDir));
        ServerContext context = ServerContext.of(TestServer.KB, database, ServerSettings.defaults(0), Clock.systemUTC(),
                new SecureRandom());
        Javalin app = (extraRoutes == null ? SpasmcheckServer.create(context)
                : SpasmcheckServer.create(context, extraRoutes)).start(0);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + PATH))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } finally {
            app.stop();
            database.close();
        }
    }
}
