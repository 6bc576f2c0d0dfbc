package org.spasmcheck.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.spasmcheck.server.ServerContext;

/** The server-rendered web interview, result, emergency and learn pages. */
public final class WebRoutes {
    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private WebRoutes() {
    }

    public static void register(RoutesConfig routes, ServerContext context) {
        routes.get("/", ctx -> ctx.html(render("hello.jte", Map.of("name", "spasmcheck"))));
    }

    /** An HTML error page (used by the server for non-API paths). */
    public static void errorPage(Context ctx, int status, String message) {
        ctx.status(status).html("<!doctype html><html lang=\"en\"><title>spasmcheck</title><h1>" + status + "</h1><p>"
                + org.eclipse.jetty.util.StringUtil.sanitizeXmlString(message) + "</p></html>");
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        return out.toString();
    }
}
