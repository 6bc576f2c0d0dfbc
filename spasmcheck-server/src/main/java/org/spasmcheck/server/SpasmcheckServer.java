package org.spasmcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.server.api.ApiMetrics;
import org.spasmcheck.server.api.ApiRoutes;
import org.spasmcheck.server.api.Problem;
import org.spasmcheck.server.api.ProblemException;
import org.spasmcheck.server.api.Problems;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.server.security.ApiKeyRejectedException;
import org.spasmcheck.server.security.ApiKeys;
import org.spasmcheck.server.security.FormTokenRejectedException;
import org.spasmcheck.server.security.RateLimitedException;
import org.spasmcheck.server.security.SecurityHeaders;
import org.spasmcheck.server.service.AssessmentNotAccessibleException;
import org.spasmcheck.server.service.DiaryNotAccessibleException;
import org.spasmcheck.server.service.EpisodeNotFoundException;
import org.spasmcheck.server.service.InvalidInputException;
import org.spasmcheck.server.service.NothingToUndoException;
import org.spasmcheck.server.service.ShareLinkNotFoundException;
import org.spasmcheck.server.web.WebRoutes;
import org.spasmcheck.store.DatabaseOutage;

/**
 * The HTTP server: JSON API v1, web pages, health and metrics. Errors on /api paths are RFC 9457 problems
 * (application/problem+json); on other paths they are the web's HTML error pages. While the database is unavailable
 * every request that needs it is answered 503 with Retry-After (a problem, or a page saying to try again in a
 * minute), and the next request after it returns is served as usual. Logs never contain answers:
 * there is no request log, and an unexpected exception is logged by class and stack frames only, without messages
 * (which could quote an answer). docs/SECURITY.md describes what else protects the data and how.
 */
public final class SpasmcheckServer {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(SpasmcheckServer.class);
    /**
     * Retry-After of a 503 while the database is unavailable: a PostgreSQL restart or a failover takes seconds to a
     * minute, and a client that waits this long between tries keeps the load low while it lasts.
     */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private SpasmcheckServer() {
    }

    public static Javalin create(ServerContext context) {
        return create(context, routes -> { });
    }

    /**
     * The server with more routes registered after the product's, under the same configuration, filters and error
     * handling. The product adds none; the load benchmark adds its echo floor this way, so that the floor pays for
     * everything a real route pays for.
     */
    public static Javalin create(ServerContext context, Consumer<JavalinDefaultRoutingApi> extraRoutes) {
        KnowledgeBase kb = context.knowledgeBase();
        long maxBody = context.settings().maxBodyBytes();
        return Javalin.create(cfg -> {
            cfg.http.maxRequestSize = maxBody;
            cfg.http.prefer405over404 = true;
            cfg.jetty.port = context.settings().port();
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblemHandler(kb)));
            cfg.router.javaLangErrorHandler((res, error) -> {
                LOG.error("Unhandled error (messages left out: they can quote answers)", withoutMessages(error));
                res.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.getCode());
            });
            cfg.requestLogger.http((ctx, millis) -> ApiMetrics.timeRequest(context.metrics(), ctx, millis));
            // First of all, so that every response has them: pages, API, errors, static files, health, metrics.
            // Every GET route also answers HEAD with the same status and headers (see HeadLikeGet).
            JavalinDefaultRoutingApi routes = new HeadLikeGet(cfg.routes);
            routes.before(SecurityHeaders::apply);
            routes.get("/health", ctx -> health(ctx, kb, context.assessments().databaseOutage()));
            routes.get("/metrics", ctx -> ctx.contentType(ContentType.PLAIN).result(context.metrics().scrape()));
            // Registered before the web routes, so that a handler the web registers for the same class wins there.
            cfg.routes.exception(ProblemException.class, (e, ctx) -> fail(ctx, kb, e.problem(), e.extensions(),
                    e.problem().detail()));
            cfg.routes.exception(AssessmentNotAccessibleException.class, (e, ctx) ->
                    fail(ctx, kb, Problems.assessmentNotFound(), "This assessment was not found."));
            cfg.routes.exception(NothingToUndoException.class, (e, ctx) ->
                    fail(ctx, kb, Problems.nothingToUndo(), "There is no answer to undo."));
            cfg.routes.exception(DiaryNotAccessibleException.class, (e, ctx) ->
                    fail(ctx, kb, Problems.diaryNotFound(), "No diary opens with this key."));
            cfg.routes.exception(EpisodeNotFoundException.class, (e, ctx) ->
                    fail(ctx, kb, Problems.episodeNotFound(), "This cramp is not in your diary."));
            cfg.routes.exception(ShareLinkNotFoundException.class, (e, ctx) ->
                    fail(ctx, kb, Problems.shareLinkNotFound(), "This share link was not found."));
            cfg.routes.exception(InvalidInputException.class, (e, ctx) ->
                    fail(ctx, kb, Problems.invalidInput(e.problems()), "Something you sent was not valid."));
            cfg.routes.exception(RateLimitedException.class, (e, ctx) -> {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
                fail(ctx, kb, Problems.tooManyRequests(e.retryAfterSeconds()), "You have started many checks, diaries "
                        + "or share links in a short time. Please wait " + e.retryAfterSeconds() + " seconds and try again.");
            });
            cfg.routes.exception(ApiKeyRejectedException.class, (e, ctx) -> {
                ctx.header("WWW-Authenticate", ApiKeys.AUTHORIZATION_SCHEME + " realm=\"spasmcheck\"");
                fail(ctx, kb, Problems.apiKeyRequired(), "This address needs an API key.");
            });
            cfg.routes.exception(FormTokenRejectedException.class, (e, ctx) -> {
                ctx.header("Cache-Control", "no-store");
                fail(ctx, kb, Problems.httpError(403, "Forbidden"), "For your safety, this form was not sent and "
                        + "nothing was changed. Please go back, reload the page and try again.");
            });
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, kb, httpProblem(ctx, e, maxBody),
                    e.getStatus() == 404 ? "This page does not exist." : e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                Optional<DatabaseOutage> outage = DatabaseOutage.of(e);
                if (outage.isPresent()) {
                    LOG.warn("Database unavailable on {} {}: {}", ctx.method().name(), route(ctx), outage.get().cause());
                    ctx.header(Header.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
                    fail(ctx, kb, Problems.databaseUnavailable(outage.get().cause(), RETRY_AFTER.toSeconds()),
                            WebRoutes.DATABASE_UNAVAILABLE_MESSAGE);
                    return;
                }
                LOG.error("Unhandled exception on {} {} (messages left out: they can quote answers)",
                        ctx.method().name(), route(ctx), withoutMessages(e));
                fail(ctx, kb, Problems.internalError(), "Something went wrong on our side. Please try again.");
            });
            ApiRoutes.register(routes, context);
            WebRoutes.register(routes, context);
            extraRoutes.accept(routes);
        });
    }

    /** Writes a problem as application/problem+json. */
    public static void problem(Context ctx, Problem p) {
        ctx.status(p.status()).contentType(PROBLEM_JSON).result(AssessmentJson.MAPPER.valueToTree(p).toString());
    }

    /** Writes a problem naming the knowledge base that judged the request (headers and a knowledge_base member). */
    public static void problem(Context ctx, Problem p, KnowledgeBase kb) {
        problem(ctx, p, Map.of(), kb);
    }

    /** The same, with extension members (RFC 9457 section 3.2) after the standard ones. */
    private static void problem(Context ctx, Problem p, Map<String, JsonNode> extensions, KnowledgeBase kb) {
        ApiRoutes.knowledgeHeaders(ctx, kb);
        ctx.status(p.status()).contentType(PROBLEM_JSON).result(problemJson(p, extensions, kb));
    }

    /** The problem as JSON with a knowledge_base member. */
    static String problemJson(Problem p, KnowledgeBase kb) {
        return problemJson(p, Map.of(), kb);
    }

    private static String problemJson(Problem p, Map<String, JsonNode> extensions, KnowledgeBase kb) {
        ObjectNode body = AssessmentJson.MAPPER.valueToTree(p);
        extensions.forEach(body::set);
        body.putObject("knowledge_base").put("version", kb.version()).put("sha256", kb.contentHash());
        return body.toString();
    }

    /**
     * /health: 200 while the database answers a trivial query; 503 with the reason and Retry-After while it does
     * not. The reason is a fixed phrase (see DatabaseOutage), never the driver's message with host or user.
     */
    private static void health(Context ctx, KnowledgeBase kb, Optional<DatabaseOutage> outage) {
        ObjectNode body = AssessmentJson.MAPPER.createObjectNode();
        body.put("status", outage.isEmpty() ? "ok" : "database unavailable");
        body.put("database", outage.isEmpty() ? "ok" : "unavailable");
        outage.ifPresent(o -> {
            body.put("cause", o.cause());
            ctx.header(Header.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        });
        body.putObject("knowledge_base").put("version", kb.version()).put("sha256", kb.contentHash());
        ctx.status(outage.isEmpty() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    /** A problem on API paths; the web's HTML error page elsewhere. */
    private static void fail(Context ctx, KnowledgeBase kb, Problem p, String pageMessage) {
        fail(ctx, kb, p, Map.of(), pageMessage);
    }

    private static void fail(Context ctx, KnowledgeBase kb, Problem p, Map<String, JsonNode> extensions,
                             String pageMessage) {
        if (ApiRoutes.isApiPath(ctx.path())) {
            problem(ctx, p, extensions, kb);
            return;
        }
        try {
            WebRoutes.errorPage(ctx, p.status(), pageMessage);
        } catch (RuntimeException pageFailure) {
            LOG.error("The HTML error page failed", withoutMessages(pageFailure));
            ctx.status(p.status()).contentType(ContentType.PLAIN).result(p.status() + " " + p.title());
        }
    }

    private static Problem httpProblem(Context ctx, HttpResponseException e, long maxBody) {
        return switch (e.getStatus()) {
            case 404 -> Problems.noSuchEndpoint(ctx.method().name(), ctx.path());
            case 405 -> {
                Set<String> allowed = allowedMethods(e);
                ctx.header("Allow", String.join(", ", allowed));
                yield Problems.methodNotAllowed(ctx.method().name(), ctx.path(), allowed);
            }
            case 413 -> Problems.contentTooLarge(maxBody);
            default -> Problems.httpError(e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage());
        };
    }

    /** Javalin lists the methods that do serve the path in the details of its 405 ("GET, POST"). */
    private static Set<String> allowedMethods(HttpResponseException e) {
        Set<String> allowed = new TreeSet<>();
        e.getDetails().values().forEach(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(m -> !m.isEmpty()).forEach(allowed::add));
        return allowed;
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? "(no route)" : endpoint.path;
    }

    /** The exception's classes and stack frames, causes included, without any message. */
    static Throwable withoutMessages(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : withoutMessages(e.getCause());
        Throwable copy = new MessageLeftOut(e.getClass().getName(), cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** Stands in for a logged exception: its class name and stack, never its message. */
    private static final class MessageLeftOut extends Throwable {
        private static final long serialVersionUID = 1L;

        MessageLeftOut(String className, Throwable cause) {
            super(className, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage() + " (message left out)";
        }
    }
}
