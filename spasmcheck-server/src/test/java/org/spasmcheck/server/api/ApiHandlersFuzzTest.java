package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterAll;
import org.spasmcheck.server.SpasmcheckServer;
import org.spasmcheck.server.TestServer;

/**
 * The HTTP handlers of assessments, the diary and share links, on one real server shared by all inputs, with a
 * fuzzed method, path, Authorization, Content-Type and body. Properties: never a 5xx; on /api every response
 * conforms to /openapi.json (so every error is an application/problem+json naming the knowledge base); nothing
 * of another person's assessment, diary or share link is ever served or changed. A 429 (rate limits) counts as
 * a refusal like any 4xx.
 *
 * <p>The fuzzer holds the credentials of {@link #OWN}; {@link #OTHER} is a second person whose data must stay out of
 * reach. Fuzzing mode: {@code JAZZER_FUZZ=1 mvn -pl spasmcheck-server -am test -Dtest=ApiHandlersFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m} (docs/RELIABILITY.md, "Fuzzing").
 */
class ApiHandlersFuzzTest {
    /**
     * When fuzzing, Jazzer's SSRF detector refuses every connection until told which are expected: here only those to
     * the test server on this machine. Set first, since creating the tenants below already connects, and again for
     * each input, since Jazzer resets it when fuzzing starts.
     */
    private static final BiPredicate<String, Integer> LOOPBACK = (host, port) -> host.equals("127.0.0.1")
            || host.equals("localhost");
    @SuppressWarnings("unused") // left open: each input sets and resets the same permission
    private static final SilentCloseable LOOPBACK_ONLY = BugDetectors.allowNetworkConnections(LOOPBACK);
    private static final TestServer SERVER = TestServer.start(dataDirectory());
    private static final OpenApiContract CONTRACT = new OpenApiContract(SERVER.get(ApiRoutes.OPENAPI_PATH).body());
    private static final FuzzTenant OWN = FuzzTenant.create(SERVER, "own-note-5c1e");
    private static final FuzzTenant OTHER = FuzzTenant.create(SERVER, "other-note-9b7d");
    private static final StoredState OTHER_STATE = StoredState.of(SERVER.database(), OTHER);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final List<String> METHODS = List.of("GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS");
    /** The routes of the three areas, with {a} an assessment id, {e} an episode id, {s} a share id, {t} a share token. */
    private static final List<String> PATHS = List.of("/api/v1/assessments", "/api/v1/assessments/{a}",
            "/api/v1/assessments/{a}/answers", "/api/v1/assessments/{a}/answers/last", "/api/v1/assess",
            "/api/v1/assessments/{a}/report.pdf", "/api/v1/assessments/{a}/report.fhir.json",
            "/api/v1/assessments/{a}/shares", "/api/v1/assessments/{a}/shares/{s}", "/api/v1/diary",
            "/api/v1/diary/episodes", "/api/v1/diary/episodes/{e}", "/api/v1/diary/patterns",
            "/api/v1/diary/charts/{x}", "/api/v1/diary/assessments", "/api/v1/knowledge/findings", "/api/{x}",
            "/s/{t}", "/s/{t}/report.pdf", "/diary", "/{x}");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/problem+json", "text/plain", "application/x-www-form-urlencoded",
            "application/json; charset=iso-8859-1");

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @FuzzTest(maxDuration = "30s")
    void request(FuzzedDataProvider data) {
        try (SilentCloseable loopbackOnly = BugDetectors.allowNetworkConnections(LOOPBACK)) {
            checkedRequest(data);
        }
    }

    private static void checkedRequest(FuzzedDataProvider data) {
        String method = data.pickValue(METHODS);
        String path = path(data.pickValue(PATHS), data);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVER.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        String authorization = authorization(data);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String contentType = data.consumeBoolean()
                ? data.consumeBoolean() ? data.pickValue(CONTENT_TYPES) : headerValue(data) : null;
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        byte[] body = data.consumeRemainingAsBytes();
        request.method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = send(request.build());

        String context = method + " " + path + " -> " + response.statusCode() + " " + response.body();
        assertThat(response.statusCode()).as(context).isBetween(100, 499);
        if (ApiRoutes.isApiPath(path)) {
            String answeredType = response.headers().firstValue("Content-Type").orElse(null);
            // The server routes "/x/" as "/x" (Javalin's ignoreTrailingSlashes), so the document's "/x" describes both.
            String documented = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            if (!method.equals("HEAD")) { // HEAD is GET without the body, which the document does not describe apart
                assertThat(CONTRACT.violations(method, documented, response.statusCode(), answeredType,
                        response.body())).as(context).isEmpty();
            }
            if (response.statusCode() >= 400) {
                assertThat(answeredType).as(context).startsWith(SpasmcheckServer.PROBLEM_JSON);
            }
        }
        String sent = path + " " + URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8) + " "
                + authorization + " " + contentType + " " + new String(body, StandardCharsets.UTF_8);
        assertThat(OTHER.leaksInto(response.body(), sent)).as("another person's data in " + context).isFalse();
        if (OTHER.isNamedIn(path)) {
            assertThat(response.statusCode()).as("another person's resource served: " + context).isGreaterThanOrEqualTo(400);
        }
        assertThat(StoredState.of(SERVER.database(), OTHER)).as("another person's data changed by " + context)
                .isEqualTo(OTHER_STATE);
    }

    /** Fills a route's placeholders with the fuzzer's own ids, the other person's, or fuzzed text. */
    private static String path(String template, FuzzedDataProvider data) {
        return template.replace("{a}", pick(data, OWN.assessmentId(), OTHER.assessmentId()))
                .replace("{e}", pick(data, OWN.episodeId(), OTHER.episodeId()))
                .replace("{s}", pick(data, OWN.shareId(), OTHER.shareId()))
                .replace("{t}", pick(data, OWN.shareToken(), OWN.shareToken() + "x"))
                .replace("{x}", pick(data, "weeks", "sites"));
    }

    private static String pick(FuzzedDataProvider data, String own, String other) {
        return switch (data.consumeInt(0, 2)) {
            case 0 -> own;
            case 1 -> other;
            default -> URLEncoder.encode(data.consumeString(40), StandardCharsets.UTF_8).replace("+", "%20");
        };
    }

    /** The fuzzer's own token or key, the other person's ids used as a token, fuzzed text, or nothing. */
    private static String authorization(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> "Bearer " + OWN.token();
            case 1 -> "Bearer " + OWN.diaryKey();
            case 2 -> "Bearer " + OTHER.assessmentId();
            case 3 -> "Bearer " + OWN.shareToken();
            case 4 -> headerValue(data);
            default -> null;
        };
    }

    /** Header text the HTTP client accepts: visible ASCII and spaces, not leading or trailing blanks. */
    private static String headerValue(FuzzedDataProvider data) {
        String value = data.consumeAsciiString(80).replaceAll("[^\\x21-\\x7e ]", "").strip();
        return value.isEmpty() ? "x" : value;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " " + request.headers().map(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path dataDirectory() {
        try {
            return Files.createTempDirectory(Path.of("target"), "fuzz-api-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
