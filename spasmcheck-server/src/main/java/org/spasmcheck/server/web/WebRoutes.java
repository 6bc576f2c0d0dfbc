package org.spasmcheck.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.spasmcheck.server.ServerContext;

/**
 * The server-rendered web interview, result, emergency and learn pages. Every page works without JavaScript:
 * forms post and the server redirects (303) to the page to show next.
 */
public final class WebRoutes {
    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private WebRoutes() {
    }

    public static void register(RoutesConfig routes, ServerContext context) {
        InterviewPages interview = new InterviewPages(context);
        LearnPages learn = new LearnPages(context.knowledgeBase());
        routes.get("/", interview::start);
        routes.post("/interview", interview::create);
        routes.get("/a/{id}", interview::question);
        routes.post("/a/{id}", interview::answer);
        routes.post("/a/{id}/back", interview::back);
        routes.get("/a/{id}/emergency", interview::emergency);
        routes.get("/a/{id}/result", interview::result);
        routes.get("/a/{id}/change/{findingId}", interview::change);
        SharePages share = new SharePages(context);
        routes.get("/a/{id}/report.pdf", share::ownPdf);
        routes.post("/a/{id}/shares", share::create);
        routes.post("/a/{id}/shares/{shareId}/revoke", share::revoke);
        routes.get("/s/{token}", share::shared);
        routes.get("/s/{token}/report.pdf", share::sharedPdf);
        DiaryPages diary = new DiaryPages(context);
        routes.get("/diary", diary::show);
        routes.post("/diary/new", diary::create);
        routes.post("/diary/open", diary::openWithKey);
        routes.post("/diary/forget", diary::forget);
        routes.post("/diary/episodes", diary::addEpisode);
        routes.post("/diary/episodes/{episodeId}/delete", diary::deleteEpisode);
        routes.post("/diary/interview", diary::startInterview);
        routes.get("/learn", learn::index);
        routes.get("/learn/myths", learn::myths);
        routes.get("/learn/sources", learn::sources);
        routes.get("/learn/{conditionId}", learn::condition);
        routes.get("/static/{file}", Assets::serve);
    }

    /** What the error page says while the database is unavailable (the server sends 503 with Retry-After). */
    public static final String DATABASE_UNAVAILABLE_MESSAGE = "We cannot reach our database just now, so this"
            + " page cannot be shown. Every answer that took you on to the next question is saved. Please try again in"
            + " a minute.";

    /** An HTML error page (used by the server for non-API paths). */
    public static void errorPage(Context ctx, int status, String message) {
        String heading = switch (status) {
            case 400 -> "Something in the request was wrong";
            case 404 -> "We could not find this page";
            case 410 -> "This is no longer available";
            case 405 -> "This page cannot be used that way";
            case 413 -> "What you sent is too large";
            case 503 -> "spasmcheck is unavailable for a moment";
            default -> status >= 500 ? "Something went wrong on our side" : "This did not work";
        };
        page(ctx.status(status), "error.jte", new Pages.Error(status, heading, message));
    }

    /** Renders a page with the headers every page gets: no referrer (assessment ids are in the URLs) and no sniffing. */
    static void page(Context ctx, String template, Object page) {
        ctx.header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .html(render(template, Map.of("page", page)));
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        return out.toString();
    }
}
