package org.spasmcheck.server.api;

import io.javalin.config.RoutesConfig;
import org.spasmcheck.server.ServerContext;

/** JSON API v1 (documented in /openapi.json). */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/v1/knowledge/version", ctx -> ctx.json(java.util.Map.of(
                "version", context.knowledgeBase().version(), "sha256", context.knowledgeBase().contentHash())));
    }
}
