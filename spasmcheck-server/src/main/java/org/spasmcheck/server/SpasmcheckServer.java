package org.spasmcheck.server;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import java.util.Map;
import org.spasmcheck.server.api.ApiRoutes;
import org.spasmcheck.server.api.Problem;
import org.spasmcheck.server.api.ProblemException;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.server.web.WebRoutes;

/** The HTTP server: JSON API v1, web pages, health and metrics. Request logs never contain answers. */
public final class SpasmcheckServer {
    public static final String PROBLEM_JSON = "application/problem+json";

    private SpasmcheckServer() {
    }

    public static Javalin create(ServerContext context) {
        return Javalin.create(cfg -> {
            cfg.http.maxRequestSize = context.settings().maxBodyBytes();
            cfg.jetty.port = context.settings().port();
            cfg.routes.get("/health", ctx -> {
                boolean ok = context.assessments().isHealthy();
                ctx.status(ok ? 200 : 503).json(Map.of(
                        "status", ok ? "ok" : "database unavailable",
                        "knowledge_base", Map.of("version", context.knowledgeBase().version(),
                                "sha256", context.knowledgeBase().contentHash())));
            });
            cfg.routes.get("/metrics", ctx -> ctx.contentType(ContentType.PLAIN).result(context.metrics().scrape()));
            ApiRoutes.register(cfg.routes, context);
            WebRoutes.register(cfg.routes, context);
            cfg.routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.problem()));
        });
    }

    /** Writes a problem as application/problem+json. */
    public static void problem(io.javalin.http.Context ctx, Problem p) {
        ctx.status(p.status()).contentType(PROBLEM_JSON).result(AssessmentJson.MAPPER.valueToTree(p).toString());
    }
}
