package org.spasmcheck.bench.load;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.function.Consumer;
import org.spasmcheck.server.json.AssessmentJson;

/**
 * The floor of the HTTP figures: a route that reads the JSON body with the server's ObjectMapper and writes it back.
 * It runs in the same server as the product's routes (same Javalin config, filters, error handling, metrics); under
 * /api/ so that it also gets the API's filters. What a real route costs beyond it is its own work.
 */
public final class EchoRoute {
    public static final String PATH = "/api/bench/echo";
    private static final String JSON = "application/json";

    /** Adds the route (see {@code SpasmcheckServer.create(context, extraRoutes)}). */
    public static final Consumer<JavalinDefaultRoutingApi> ROUTES = routes -> routes.post(PATH, ctx ->
            ctx.contentType(JSON).result(AssessmentJson.MAPPER.writeValueAsBytes(
                    AssessmentJson.MAPPER.readTree(ctx.bodyAsBytes()))));

    private EchoRoute() {
    }
}
