package org.spasmcheck.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.service.AssessmentNotAccessibleException;
import org.spasmcheck.server.service.DiaryService;
import org.spasmcheck.server.service.DiarySummary;
import org.spasmcheck.server.service.InvalidInputException;
import org.spasmcheck.server.service.SessionAssessment;
import org.spasmcheck.server.service.ShareLinkClosedException;
import org.spasmcheck.server.service.ShareLinkNotFoundException;
import org.spasmcheck.server.service.ShareService;

/**
 * The person's report (PDF) and share links from the result page, and what a share link opens: a read-only report
 * page and its PDF. An unknown, expired or revoked link shows a page that says so and nothing else.
 */
final class SharePages {
    static final String SHARED = "/s/";

    private final ServerContext context;

    SharePages(ServerContext context) {
        this.context = context;
    }

    void ownPdf(Context ctx) {
        SessionAssessment s = owned(ctx);
        if (s != null) {
            pdf(ctx, context.reports().pdf(s, context.diaries().diaryOf(s)));
        }
    }

    void create(Context ctx) {
        SessionAssessment s = owned(ctx);
        if (s == null) {
            return;
        }
        boolean includeDiary = "1".equals(ctx.formParam("include_diary"));
        int days = parseDays(ctx.formParam("days"));
        ShareService.CreatedShare created;
        try {
            created = context.shares().create(s.id(), AssessmentCookie.token(ctx), includeDiary, days);
        } catch (InvalidInputException e) {
            noStore(ctx);
            WebRoutes.errorPage(ctx, 400, "The share link was not made: " + String.join("; ", e.problems().stream()
                    .map(p -> p.message() + " (allowed: " + p.allowed() + ")").toList()) + ".");
            return;
        }
        noStore(ctx);
        WebRoutes.page(ctx, "share-created.jte", new Pages.ShareCreated(s.id(), absolute(ctx, SHARED + created.token()),
                created.link()));
    }

    void revoke(Context ctx) {
        SessionAssessment s = owned(ctx);
        if (s == null) {
            return;
        }
        try {
            context.shares().revoke(s.id(), AssessmentCookie.token(ctx), ctx.pathParam("shareId"));
        } catch (ShareLinkNotFoundException e) {
            // Nothing to turn off: the list on the result page shows what there is.
        }
        ctx.redirect(AssessmentCookie.path(s.id()) + "/result#share", HttpStatus.SEE_OTHER);
    }

    void shared(Context ctx) {
        ShareService.Shared shared = open(ctx);
        if (shared == null) {
            return;
        }
        noStore(ctx);
        Optional<DiaryService.OpenedDiary> diary = shared.diary();
        List<String> charts = diary.map(d -> DiaryPages.charts(d, context.knowledgeBase())).orElse(List.of());
        WebRoutes.page(ctx, "shared.jte", new Pages.Shared(ctx.pathParam("token"), shared.assessment(),
                context.knowledgeBase(), diary.map(d -> DiarySummary.lines(d.patterns())).orElse(List.of()),
                diary.map(d -> DiarySummary.escalations(d.patterns())).orElse(List.of()), charts, shared.link()));
    }

    void sharedPdf(Context ctx) {
        ShareService.Shared shared = open(ctx);
        if (shared != null) {
            pdf(ctx, context.reports().pdf(shared.assessment(), shared.diary()));
        }
    }

    /** The link's content, or null after sending the page that says why there is none. */
    private ShareService.Shared open(Context ctx) {
        try {
            return context.shares().open(ctx.pathParam("token"));
        } catch (ShareLinkClosedException e) {
            noStore(ctx);
            ctx.status(e.reason() == ShareLinkClosedException.Reason.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
            WebRoutes.page(ctx, "share-closed.jte", new Pages.ShareClosed(e.reason()));
            return null;
        }
    }

    private SessionAssessment owned(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            if (AssessmentCookie.isWellFormedId(id)) {
                return context.assessments().get(id, AssessmentCookie.token(ctx));
            }
        } catch (AssessmentNotAccessibleException e) {
            // answered below, like an id that is not well formed
        }
        noStore(ctx);
        WebRoutes.errorPage(ctx, 404, "This assessment does not exist, or it was started in another browser.");
        return null;
    }

    /** The days chosen; anything that is not a whole number is 0, which the service refuses with the allowed range. */
    private static int parseDays(String days) {
        try {
            return days == null ? ShareService.DEFAULT_DAYS : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void pdf(Context ctx, byte[] pdf) {
        noStore(ctx);
        ctx.header("Content-Disposition", "inline; filename=\"spasmcheck-report.pdf\"")
                .contentType("application/pdf").result(pdf);
    }

    /** The link as the person will send it: this server's address as the browser reached it. */
    private static String absolute(Context ctx, String path) {
        String proto = ctx.header("X-Forwarded-Proto") == null ? ctx.scheme() : ctx.header("X-Forwarded-Proto");
        return proto + "://" + ctx.host() + path;
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
