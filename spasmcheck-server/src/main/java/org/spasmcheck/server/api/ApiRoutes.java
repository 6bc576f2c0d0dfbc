package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.security.RateLimiter;
import org.spasmcheck.server.service.AssessmentChangedException;
import org.spasmcheck.server.service.AssessmentService;
import org.spasmcheck.server.service.SessionAssessment;

/**
 * JSON API v1, documented in /openapi.json. Thin: parse and validate the body, call one use case of
 * {@link AssessmentService}, render the result. Errors are thrown as problems and rendered by the server. Creation
 * endpoints are rate-limited per address; the integration endpoints (stateless assessment, knowledge) need an API key
 * when the server has keys.
 */
public final class ApiRoutes {
    public static final String PREFIX = "/api/";
    public static final String OPENAPI_PATH = "/openapi.json";
    static final String OPENAPI_RESOURCE = "openapi.json";
    static final String ASSESSMENTS = "/api/v1/assessments";
    /** The stateless assessment, for integrations: nothing is stored. */
    static final String ONE_SHOT = "/api/v1/assess";
    /** Headers that name the knowledge base on every API response (STYLE 7), problems included. */
    public static final String KB_VERSION_HEADER = "Spasmcheck-Knowledge-Base-Version";
    public static final String KB_HASH_HEADER = "Spasmcheck-Knowledge-Base-Sha256";
    private static final String BEARER = "Bearer ";
    private static final String JSON = "application/json";

    private ApiRoutes() {
    }

    public static boolean isApiPath(String path) {
        return path.startsWith(PREFIX) || "/api".equals(path);
    }

    public static void register(JavalinDefaultRoutingApi routes, ServerContext context) {
        KnowledgeBase kb = context.knowledgeBase();
        AssessmentService service = context.assessments();
        ApiMetrics metrics = new ApiMetrics(context.metrics(), "api");
        EvidenceReader evidenceReader = new EvidenceReader(kb);
        String openApi = openApiDocument();
        String version = KnowledgeJson.version(kb).toString();
        String findings = KnowledgeJson.findings(kb).toString();
        String conditions = KnowledgeJson.conditions(kb).toString();
        String sources = KnowledgeJson.sources(kb).toString();

        RateLimiter creations = context.security().creations();
        routes.before(PREFIX + "*", ctx -> knowledgeHeaders(ctx, kb));
        // The integration endpoints: open unless API keys are configured.
        routes.before(ONE_SHOT, context.security().apiKeys().require());
        routes.before("/api/v1/knowledge/*", context.security().apiKeys().require());
        routes.before(ASSESSMENTS + "*", ctx -> ctx.header("Cache-Control", "no-store"));
        routes.before(ONE_SHOT, ctx -> ctx.header("Cache-Control", "no-store"));

        routes.post(ASSESSMENTS, creations.limit(ctx -> {
            ObjectNode body = RequestBodies.object(ctx, true, Set.of("evidence"));
            Evidence initial = evidence(evidenceReader, RequestBodies.objectField(body, "evidence", false));
            SessionAssessment created = service.create(initial);
            metrics.assessmentCreated();
            metrics.answersRecorded(initial.size());
            ctx.header("Location", ASSESSMENTS + "/" + created.id());
            assessment(ctx.status(HttpStatus.CREATED), created);
        }));
        routes.get(ASSESSMENTS + "/{id}", ctx -> assessment(ctx, service.get(ctx.pathParam("id"), bearerToken(ctx))));
        routes.post(ASSESSMENTS + "/{id}/answers", ctx -> {
            ObjectNode body = RequestBodies.object(ctx, false, Set.of("answers", ExpectedVersion.FIELD));
            ObjectNode answersNode = RequestBodies.objectField(body, "answers", true);
            if (answersNode.isEmpty()) {
                throw new ProblemException(Problems.invalidRequest("'answers' names no finding; give at least one.",
                        List.of(new Problem.FieldError("answers", "empty", "one or more finding id to value pairs"))));
            }
            Map<String, Value> answers = evidence(evidenceReader, answersNode).answers();
            ExpectedVersion expected = ExpectedVersion.of(ctx, ExpectedVersion.member(body));
            SessionAssessment updated = changed(expected, () ->
                    service.answer(ctx.pathParam("id"), bearerToken(ctx), answers, expected.precondition()));
            metrics.answersRecorded(answers.size());
            assessment(ctx, updated);
        });
        routes.delete(ASSESSMENTS + "/{id}/answers/last", ctx -> {
            ExpectedVersion expected = ExpectedVersion.of(ctx, ExpectedVersion.queryParameter(ctx));
            assessment(ctx, changed(expected, () ->
                    service.undoLast(ctx.pathParam("id"), bearerToken(ctx), expected.precondition())));
        });
        routes.post(ONE_SHOT, context.security().oneShots().limit(ctx -> {
            AssessRequestBody request = AssessRequestBody.parse(ctx.bodyAsBytes(), ctx.header("Content-Type"), evidenceReader);
            Assessment a = service.assessOnce(request.evidence(), request.audience());
            metrics.oneShotAssessed();
            json(ctx, SessionJson.oneShot(a, request.audience()));
        }));
        routes.get("/api/v1/knowledge/version", ctx -> json(ctx, version));
        routes.get("/api/v1/knowledge/findings", ctx -> json(ctx, findings));
        routes.get("/api/v1/knowledge/conditions", ctx -> json(ctx, conditions));
        routes.get("/api/v1/knowledge/sources", ctx -> json(ctx, sources));
        routes.get(OPENAPI_PATH, ctx -> json(ctx, openApi));
        DiaryRoutes.register(routes, context, evidenceReader);
        ShareRoutes.register(routes, context);
    }

    /** Sets the knowledge-base headers (also used by the server for API problems). */
    public static void knowledgeHeaders(Context ctx, KnowledgeBase kb) {
        ctx.header(KB_VERSION_HEADER, kb.version());
        ctx.header(KB_HASH_HEADER, kb.contentHash());
    }

    /** A stored assessment as JSON, with its version as the strong entity tag (ETag) for If-Match. */
    static void assessment(Context ctx, SessionAssessment session) {
        ctx.header("ETag", ExpectedVersion.entityTag(session.version()));
        json(ctx, SessionJson.session(session));
    }

    /** Runs a change; a version that is no longer current becomes the client's 409 or 412 with the current state. */
    private static SessionAssessment changed(ExpectedVersion expected, Supplier<SessionAssessment> change) {
        try {
            return change.get();
        } catch (AssessmentChangedException e) {
            throw expected.refusal(e.current());
        }
    }

    /** The token of "Authorization: Bearer &lt;token&gt;", or null (which no assessment accepts). */
    static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    static Evidence evidence(EvidenceReader reader, ObjectNode node) {
        EvidenceReader.Result result = reader.read(node);
        if (!result.ok()) {
            throw new ProblemException(Problems.invalidAnswers(result.problems()));
        }
        return result.evidence();
    }

    private static void json(Context ctx, JsonNode body) {
        json(ctx, body.toString());
    }

    private static void json(Context ctx, String body) {
        ctx.contentType(JSON).result(body);
    }

    private static String openApiDocument() {
        try (InputStream in = ApiRoutes.class.getClassLoader().getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + OPENAPI_RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
