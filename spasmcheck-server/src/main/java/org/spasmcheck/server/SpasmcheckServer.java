package org.spasmcheck.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.Endpoint;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.server.api.ApiMetrics;
import org.spasmcheck.server.api.ApiRoutes;
import org.spasmcheck.server.api.Problem;
import org.spasmcheck.server.api.ProblemException;
import org.spasmcheck.server.api.Problems;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.server.service.AssessmentNotAccessibleException;
import org.spasmcheck.server.service.DiaryNotAccessibleException;
import org.spasmcheck.server.service.EpisodeNotFoundException;
import org.spasmcheck.server.service.InvalidInputException;
import org.spasmcheck.server.service.NothingToUndoException;
import org.spasmcheck.server.service.ShareLinkNotFoundException;
import org.spasmcheck.server.web.WebRoutes;

/**
 * The HTTP server: JSON API v1, web pages, health and metrics. Errors on /api paths are RFC 9457 problems
 * (application/problem+json); on other paths they are the web's HTML error pages. Logs never contain answers:
 * there is no request log, and an unexpected exception is logged by class and stack frames only, without messages
 * (which could quote an answer).
 */
public final class SpasmcheckServer {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(SpasmcheckServer.class);

    private SpasmcheckServer() {
    }

    public static Javalin create(ServerContext context) {
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
            cfg.routes.get("/health", ctx -> {
                boolean ok = context.assessments().isHealthy();
                ctx.status(ok ? 200 : 503).json(Map.of(
                        "status", ok ? "ok" : "database unavailable",
                        "knowledge_base", Map.of("version", kb.version(), "sha256", kb.contentHash())));
            });
            cfg.routes.get("/metrics", ctx -> ctx.contentType(ContentType.PLAIN).result(context.metrics().scrape()));
            // Registered before the web routes, so that a handler the web registers for the same class wins there.
            cfg.routes.exception(ProblemException.class, (e, ctx) -> fail(ctx, kb, e.problem(), e.problem().detail()));
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
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, kb, httpProblem(ctx, e, maxBody),
                    e.getStatus() == 404 ? "This page does not exist." : e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unhandled exception on {} {} (messages left out: they can quote answers)",
                        ctx.method().name(), route(ctx), withoutMessages(e));
                fail(ctx, kb, Problems.internalError(), "Something went wrong on our side. Please try again.");
            });
            ApiRoutes.register(cfg.routes, context);
            WebRoutes.register(cfg.routes, context);
        });
    }

    /** Writes a problem as application/problem+json. */
    public static void problem(Context ctx, Problem p) {
        ctx.status(p.status()).contentType(PROBLEM_JSON).result(AssessmentJson.MAPPER.valueToTree(p).toString());
    }

    /** Writes a problem naming the knowledge base that judged the request (headers and a knowledge_base member). */
    public static void problem(Context ctx, Problem p, KnowledgeBase kb) {
        ApiRoutes.knowledgeHeaders(ctx, kb);
        ctx.status(p.status()).contentType(PROBLEM_JSON).result(problemJson(p, kb));
    }

    /** The problem as JSON with a knowledge_base member. */
    static String problemJson(Problem p, KnowledgeBase kb) {
        ObjectNode body = AssessmentJson.MAPPER.valueToTree(p);
        body.putObject("knowledge_base").put("version", kb.version()).put("sha256", kb.contentHash());
        return body.toString();
    }

    /** A problem on API paths; the web's HTML error page elsewhere. */
    private static void fail(Context ctx, KnowledgeBase kb, Problem p, String pageMessage) {
        if (ApiRoutes.isApiPath(ctx.path())) {
            problem(ctx, p, kb);
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
