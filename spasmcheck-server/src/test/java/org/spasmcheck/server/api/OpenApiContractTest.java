package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.server.api.ApiClient.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.SpasmcheckServer;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.security.ApiKeys;
import org.spasmcheck.server.security.RateLimit;
import org.spasmcheck.server.security.RateLimits;
import org.spasmcheck.server.service.AccessToken;
import org.spasmcheck.server.service.AssessmentService;
import org.spasmcheck.server.web.WebRoutes;
import org.spasmcheck.store.Database;

/**
 * /openapi.json is complete and true: every route the server registers (apart from the web's HTML pages) is
 * documented, every documented operation exists, and every documented status of every operation is produced by a
 * real request whose body validates against the documented schema (ApiClient checks each response).
 */
class OpenApiContractTest extends ApiTestSupport {
    private static final Set<HandlerType> HTTP_METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    @Test
    void document_isOpenApi31_andEveryRefResolves() {
        JsonNode doc = api.contract().document();

        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(api.contract().unresolvedRefs()).isEmpty();
        assertThat(doc.at("/components/schemas")).isNotEmpty();
        for (String name : new String[] {"AssessmentResult", "Question", "Problem", "KnowledgeVersion",
                "CreatedAssessment", "AssessmentState", "OneShotResult"}) {
            assertThat(doc.at("/components/schemas/" + name).isObject()).as(name).isTrue();
        }
    }

    @Test
    void contractCheck_rejectsResponsesThatBreakTheSchema() {
        ApiClient.Response created = api.post(AssessmentApiTest.ASSESSMENTS, "");
        ObjectNode body = (ObjectNode) created.json();
        OpenApiContract contract = api.contract();
        String path = AssessmentApiTest.ASSESSMENTS;

        body.remove("token");
        assertThat(contract.violations("POST", path, 201, "application/json", body.toString())).isNotEmpty();
        body.put("token", "t").put("surprise", 1);
        assertThat(contract.violations("POST", path, 201, "application/json", body.toString())).isNotEmpty();
        body.remove("surprise");
        ((ObjectNode) body.get("result").get("triage")).put("level", "later");
        assertThat(contract.violations("POST", path, 201, "application/json", body.toString())).isNotEmpty();
        assertThat(contract.violations("GET", path + "/x", 200, "application/json", created.body()))
                .as("the token never appears outside the creation response").isNotEmpty();
        assertThat(contract.violations("POST", path, 418, "application/json", "{}")).isNotEmpty();
        assertThat(contract.violations("POST", path, 201, "text/html", created.body())).isNotEmpty();
    }

    @Test
    void everyRegisteredRoute_isDocumented_andEveryDocumentedOperationIsRegistered() {
        Set<String> registered = routes(true);
        registered.removeAll(routes(false));
        Set<String> documented = new TreeSet<>();
        JsonNode paths = api.contract().document().get("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            paths.get(path).fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path));
        }

        assertThat(registered).as("registered API routes").isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyDocumentedResponse_isProducedAndConforms() {
        AssessmentApiTest.Created a = AssessmentApiTest.create(api, "{\"evidence\": {\"sex\": \"male\"}}");
        AssessmentApiTest.create(api, "");
        String answers = a.path() + "/answers";
        String big = "{\"evidence\": {}, \"x\": \"" + "x".repeat((int) ServerSettings.MAX_BODY_BYTES) + "\"}";
        String auth = "Authorization";
        // POST /api/v1/assessments
        api.post(AssessmentApiTest.ASSESSMENTS, "{");
        api.post(AssessmentApiTest.ASSESSMENTS, big);
        api.post(AssessmentApiTest.ASSESSMENTS, "{\"evidence\": {\"nope\": true}}");
        // GET /api/v1/assessments/{id}
        api.get(a.path(), auth, a.auth());
        api.get(a.path());
        // POST /api/v1/assessments/{id}/answers
        api.post(answers, "{\"answers\": {\"cramps_at_rest_night\": true}}", auth, a.auth());
        api.post(answers, "{\"answers\": {}}", auth, a.auth());
        api.post(answers, "{\"answers\": {\"cramps_at_rest_night\": true}}", auth, ApiClient.bearer("nope"));
        api.post(answers, big, auth, a.auth());
        api.post(answers, "{\"answers\": {\"cramps_at_rest_night\": 3}}", auth, a.auth());
        api.post(answers, "{\"answers\": {\"cramps_wake_you\": true}, \"version\": 0}", auth, a.auth());
        api.post(answers, "{\"answers\": {\"cramps_wake_you\": true}}", auth, a.auth(), "If-Match", "\"0\"");
        // DELETE /api/v1/assessments/{id}/answers/last
        api.delete(answers + "/last", auth, a.auth(), "If-Match", "\"0\"");
        api.delete(answers + "/last", auth, a.auth());
        api.delete(answers + "/last", auth, a.auth());
        api.delete(answers + "/last", auth, a.auth());
        api.delete(answers + "/last", auth, ApiClient.bearer("nope"));
        // POST /api/v1/assess
        api.post("/api/v1/assess", "{\"evidence\": {\"cramps_at_rest_night\": true}, \"audience\": \"clinician\"}");
        api.post("/api/v1/assess", "[]");
        api.post("/api/v1/assess", big);
        api.post("/api/v1/assess", "{\"evidence\": {\"sex\": true}}");
        // knowledge, document, health, metrics
        for (String path : new String[] {"/api/v1/knowledge/version", "/api/v1/knowledge/findings",
                "/api/v1/knowledge/conditions", "/api/v1/knowledge/sources", "/openapi.json", "/health", "/metrics"}) {
            api.get(path);
        }
        // the diary
        String key = DiaryApiTest.createDiary(api);
        String diary = bearer(key);
        String episodes = DiaryRoutes.DIARY + "/episodes";
        api.post(DiaryRoutes.DIARY, "[]");
        api.post(DiaryRoutes.DIARY, big);
        api.get(DiaryRoutes.DIARY, auth, diary);
        api.get(DiaryRoutes.DIARY);
        String episodeId = api.post(episodes, DiaryApiTest.episode(1, "calf", "night_rest", 60), auth, diary)
                .json().get("id").asText();
        api.post(episodes, "{", auth, diary);
        api.post(episodes, DiaryApiTest.episode(1, "calf", "night_rest", 60), auth, bearer("nope"));
        api.post(episodes, big, auth, diary);
        api.post(episodes, DiaryApiTest.episode(1, "elbow", "night_rest", 60), auth, diary);
        api.get(DiaryRoutes.DIARY + "/patterns", auth, diary);
        api.get(DiaryRoutes.DIARY + "/patterns");
        api.get(DiaryRoutes.DIARY + "/charts/weeks", auth, diary);
        api.get(DiaryRoutes.DIARY + "/charts/weeks");
        api.get(DiaryRoutes.DIARY + "/charts/pie", auth, diary);
        api.post(DiaryRoutes.DIARY + "/assessments", "", auth, diary);
        api.post(DiaryRoutes.DIARY + "/assessments", "{\"surprise\": 1}", auth, diary);
        api.post(DiaryRoutes.DIARY + "/assessments", "", auth, bearer("nope"));
        api.post(DiaryRoutes.DIARY + "/assessments", big, auth, diary);
        api.post(DiaryRoutes.DIARY + "/assessments", "{\"changes\": {\"nope\": 1}}", auth, diary);
        api.delete(episodes + "/" + episodeId, auth, diary);
        api.delete(episodes + "/" + episodeId, auth, diary);
        // reports and share links
        api.get(a.path() + "/report.pdf", auth, a.auth());
        api.get(a.path() + "/report.pdf");
        api.get(a.path() + "/report.fhir.json", auth, a.auth());
        api.get(a.path() + "/report.fhir.json");
        String shares = a.path() + "/shares";
        String shareId = api.post(shares, "", auth, a.auth()).json().get("id").asText();
        api.post(shares, "{\"days\": 3}", auth, a.auth());
        api.post(shares, "", auth, bearer("nope"));
        api.post(shares, big, auth, a.auth());
        api.post(shares, "{\"expires_in_days\": 0}", auth, a.auth());
        api.get(shares, auth, a.auth());
        api.get(shares);
        api.delete(shares + "/" + shareId, auth, a.auth());
        api.delete(shares + "/nope", auth, a.auth());
        // a body not sent as JSON (415), on every operation that takes one
        for (String[] post : new String[][] {{AssessmentApiTest.ASSESSMENTS, a.auth()}, {answers, a.auth()},
                {"/api/v1/assess", a.auth()}, {DiaryRoutes.DIARY, diary}, {episodes, diary},
                {DiaryRoutes.DIARY + "/assessments", diary}, {shares, a.auth()}}) {
            api.send("POST", post[0], "{}", auth, post[1], "Content-Type", "text/plain");
        }
        // no such operation: answered with a problem (checked against the Problem schema)
        api.get("/api/v2/assessments");
        api.send("PATCH", a.path(), "{}", auth, a.auth());

        // 401 and 429: a second server with an API key and a limit of one creation and one stateless assessment.
        List<ApiClient.Exchange> guarded = guardedServerResponses();

        Set<String> produced = java.util.stream.Stream.concat(api.exchanges().stream(), guarded.stream())
                .map(e -> e.method() + " " + e.template() + " " + e.status())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(produced).containsAll(documentedResponses());
    }

    /**
     * The 401s of a server with an API key, and the 429s of servers that allow one creation and one stateless
     * assessment an hour (the stateless one is not limited for callers with a key, so it needs a server without).
     */
    private List<ApiClient.Exchange> guardedServerResponses() {
        String key = "contract-test-key-" + "k".repeat(32);
        RateLimit oncePerHour = new RateLimit(1, Duration.ofHours(1));
        List<ApiClient.Exchange> out = new java.util.ArrayList<>();
        ServerSettings keyed = ServerSettings.defaults(0).withApiKeys(ApiKeys.ofHashes(List.of(AccessToken.hash(key))))
                .withRateLimits(new RateLimits(oncePerHour, null));
        try (TestServer guarded = TestServer.start(Database.open(Database.defaultSqliteUrl(dataDir.resolve("keyed"))), keyed)) {
            ApiClient client = new ApiClient(guarded);
            for (String path : new String[] {"/api/v1/knowledge/version", "/api/v1/knowledge/findings",
                    "/api/v1/knowledge/conditions", "/api/v1/knowledge/sources"}) {
                client.get(path);
            }
            client.post("/api/v1/assess", "{\"evidence\": {}}");
            AssessmentApiTest.Created a = AssessmentApiTest.create(client, "");
            client.post(AssessmentApiTest.ASSESSMENTS, "");
            client.post(DiaryRoutes.DIARY, "");
            client.post(DiaryRoutes.DIARY + "/assessments", "", "Authorization", bearer("nope"));
            client.post(a.path() + "/shares", "", "Authorization", a.auth());
            out.addAll(client.exchanges());
        }
        ServerSettings limited = ServerSettings.defaults(0).withRateLimits(new RateLimits(null, oncePerHour));
        try (TestServer guarded = TestServer.start(Database.open(Database.defaultSqliteUrl(dataDir.resolve("limited"))), limited)) {
            ApiClient client = new ApiClient(guarded);
            client.post("/api/v1/assess", "{\"evidence\": {}}");
            client.post("/api/v1/assess", "{\"evidence\": {}}");
            out.addAll(client.exchanges());
        }
        return out;
    }

    /** "METHOD /path STATUS" for every documented status except "default" and the unhealthy 503 of /health. */
    private Set<String> documentedResponses() {
        Set<String> out = new TreeSet<>();
        JsonNode paths = api.contract().document().get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fields().forEachRemaining(op ->
                op.getValue().get("responses").fieldNames().forEachRemaining(status -> {
                    if (!"default".equals(status) && !("/health".equals(path) && "503".equals(status))) {
                        out.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path + " " + status);
                    }
                })));
        return out;
    }

    /** "METHOD /path" of the routes of a server built like the real one, with or without the non-web routes. */
    private Set<String> routes(boolean wholeServer) {
        try (Database database = Database.open(Database.defaultSqliteUrl(dataDir.resolve("routes")))) {
            ServerContext context = ServerContext.of(TestServer.KB, database, ServerSettings.defaults(0),
                    Clock.systemUTC(), new SecureRandom());
            Javalin app = wholeServer ? SpasmcheckServer.create(context)
                    : Javalin.create(cfg -> WebRoutes.register(cfg.routes, context));
            Set<String> routes = new TreeSet<>();
            for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
                if (HTTP_METHODS.contains(e.endpoint.method)) {
                    routes.add(e.endpoint.method.name() + " " + e.endpoint.path);
                }
            }
            return routes;
        }
    }
}
