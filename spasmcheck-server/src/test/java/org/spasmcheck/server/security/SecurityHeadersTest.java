package org.spasmcheck.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.SpasmcheckServer;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.web.Assets;
import org.spasmcheck.store.Database;

/**
 * Every response carries the security headers: each registered route (whatever it answers to a request without
 * credentials), errors of every kind, static files, health and metrics. The policy forbids inline script and framing,
 * and the page templates keep to it.
 */
class SecurityHeadersTest {
    private static final Set<HandlerType> HTTP_METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);
    private static final Path TEMPLATES = Path.of("src/main/jte");

    @TempDir
    Path dir;
    TestServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        server = TestServer.start(dir.resolve("db"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePolicy_allowsOnlyThisServersScriptsAndStyles_andNoFraming() {
        String csp = SecurityHeaders.CONTENT_SECURITY_POLICY;
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:", "http:", "https:");
        assertThat(csp.split("; ")).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'");
    }

    @Test
    void everyRegisteredRoute_answersWithTheSecurityHeaders() {
        List<String> missing = new ArrayList<>();
        for (String route : routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
            HttpResponse<String> r = send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}");
            missing.addAll(missingHeaders(route + " -> " + r.statusCode(), r));
        }
        assertThat(routes()).hasSizeGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void errorsStaticFilesHealthAndMetrics_carryThemToo() {
        String big = "{\"x\": \"" + "x".repeat((int) ServerSettings.MAX_BODY_BYTES) + "\"}";
        List<HttpResponse<String>> responses = List.of(
                send("GET", "/no/such/page", null),
                send("GET", "/api/v2/nothing", null),
                send("PATCH", "/api/v1/assessments/x", "{}"),
                send("PUT", "/learn", "{}"),
                send("POST", "/api/v1/assessments", "{"),
                send("POST", "/api/v1/assessments", big),
                send("POST", "/interview", ""),
                send("GET", Assets.url(Assets.CSS), null),
                send("GET", Assets.url(Assets.JS), null),
                send("GET", "/health", null),
                send("GET", "/metrics", null),
                send("GET", "/openapi.json", null));
        List<String> missing = new ArrayList<>();
        responses.forEach(r -> missing.addAll(missingHeaders(r.request().method() + " " + r.uri().getPath() + " -> "
                + r.statusCode(), r)));
        assertThat(responses.stream().map(HttpResponse::statusCode)).contains(404, 405, 400, 413, 403, 200);
        assertThat(missing).isEmpty();
    }

    @Test
    void thePageTemplates_haveNoInlineScriptStyleOrEventHandler() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                String text = Files.readString(f);
                if (text.matches("(?s).*<script(?![^>]*\\bsrc=).*")) {
                    found.add(f + ": a <script> without src");
                }
                if (text.matches("(?s).*\\sstyle\\s*=.*") || text.contains("<style")) {
                    found.add(f + ": an inline style");
                }
                if (text.matches("(?s).*\\son[a-z]+\\s*=.*")) {
                    found.add(f + ": an inline event handler");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> missingHeaders(String what, HttpResponse<String> r) {
        List<String> missing = new ArrayList<>();
        SecurityHeaders.HEADERS.forEach((name, value) -> {
            if (!r.headers().allValues(name).equals(List.of(value))) {
                missing.add(what + ": " + name + " is " + r.headers().allValues(name));
            }
        });
        return missing;
    }

    /** "METHOD /path" of every route of a server built like the real one. */
    private Set<String> routes() {
        try (Database database = Database.open(Database.defaultSqliteUrl(dir.resolve("routes")))) {
            Javalin app = SpasmcheckServer.create(ServerContext.of(TestServer.KB, database, ServerSettings.defaults(0),
                    Clock.systemUTC(), new SecureRandom()));
            Set<String> out = new TreeSet<>();
            for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
                if (HTTP_METHODS.contains(e.endpoint.method)) {
                    out.add(e.endpoint.method.name() + " " + e.endpoint.path);
                }
            }
            return out;
        }
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", path.startsWith("/api") ? "application/json" : "application/x-www-form-urlencoded");
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
