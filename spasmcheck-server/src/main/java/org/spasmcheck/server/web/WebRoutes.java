package org.spasmcheck.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.util.Map;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.security.FormTokens;
import org.spasmcheck.server.security.RateLimiter;

/**
 * The server-rendered web interview, result, emergency and learn pages. Every page works without JavaScript:
 * forms post and the server redirects (303) to the page to show next. Every form post carries this browser's form
 * token (CSRF, {@link FormTokens}); those that create something are rate-limited per address.
 */
public final class WebRoutes {
    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String FORMS = FormTokens.class.getName();

    private WebRoutes() {
    }

    public static void register(JavalinDefaultRoutingApi routes, ServerContext context) {
        FormTokens forms = context.security().forms();
        RateLimiter creations = context.security().creations();
        // Every page can show a form, so every request of the web may need this browser's form token.
        routes.before(ctx -> ctx.attribute(FORMS, forms));
        InterviewPages interview = new InterviewPages(context);
        LearnPages learn = new LearnPages(context.knowledgeBase());
        routes.get("/", interview::start);
        routes.post("/interview", forms.guard(creations.limit(interview::create)));
        routes.get("/a/{id}", interview::question);
        routes.post("/a/{id}", forms.guard(interview::answer));
        routes.post("/a/{id}/back", forms.guard(interview::back));
        routes.get("/a/{id}/emergency", interview::emergency);
        routes.get("/a/{id}/result", interview::result);
        routes.get("/a/{id}/change/{findingId}", interview::change);
        SharePages share = new SharePages(context);
        routes.get("/a/{id}/report.pdf", share::ownPdf);
        routes.post("/a/{id}/shares", forms.guard(creations.limit(share::create)));
        routes.post("/a/{id}/shares/{shareId}/revoke", forms.guard(share::revoke));
        routes.get("/s/{token}", share::shared);
        routes.get("/s/{token}/report.pdf", share::sharedPdf);
        DiaryPages diary = new DiaryPages(context);
        routes.get("/diary", diary::show);
        routes.post("/diary/new", forms.guard(creations.limit(diary::create)));
        routes.post("/diary/open", forms.guard(diary::openWithKey));
        routes.post("/diary/forget", forms.guard(diary::forget));
        routes.post("/diary/episodes", forms.guard(diary::addEpisode));
        routes.post("/diary/episodes/{episodeId}/delete", forms.guard(diary::deleteEpisode));
        routes.post("/diary/interview", forms.guard(creations.limit(diary::startInterview)));
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
            case 403 -> "This form could not be sent";
            case 413 -> "What you sent is too large";
            case 429 -> "Please wait a moment";
            case 503 -> "spasmcheck is unavailable for a moment";
            default -> status >= 500 ? "Something went wrong on our side" : "This did not work";
        };
        page(ctx.status(status), "error.jte", new Pages.Error(status, heading, message));
    }

    /**
     * Renders a page with this browser's form token for its forms (the server sets the security headers on every
     * response, see SecurityHeaders).
     */
    static void page(Context ctx, String template, Object page) {
        FormTokens forms = ctx.attribute(FORMS);
        ctx.html(render(template, Map.of("page", page, "csrf", forms == null ? "" : forms.field(ctx))));
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        return out.toString();
    }
}
