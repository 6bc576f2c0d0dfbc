package org.spasmcheck.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.report.chart.DiaryCharts;
import org.spasmcheck.report.chart.SvgChart;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.service.DiaryNotAccessibleException;
import org.spasmcheck.server.service.DiaryService;
import org.spasmcheck.server.service.EpisodeInput;
import org.spasmcheck.server.service.EpisodeNotFoundException;
import org.spasmcheck.server.service.FieldProblem;
import org.spasmcheck.server.service.InvalidInputException;
import org.spasmcheck.server.service.SessionAssessment;

/**
 * The web diary: start or open one, add and remove cramps, see the patterns and charts, and start a check that
 * begins with the diary's answers. Thin: each handler calls one use case of {@link DiaryService}.
 */
final class DiaryPages {
    private static final String NO_DIARY = "No diary opens with this key. Please check the key, or start a new diary.";

    private final ServerContext context;
    private final DiaryService diaries;
    private final KnowledgeBase kb;
    private final Finding sites;

    DiaryPages(ServerContext context) {
        this.context = context;
        this.diaries = context.diaries();
        this.kb = context.knowledgeBase();
        this.sites = kb.finding(EpisodeInput.SITES_FINDING).orElseThrow();
    }

    void show(Context ctx) {
        String key = DiaryCookie.key(ctx);
        if (key == null) {
            noStore(ctx);
            WebRoutes.page(ctx, "diary-start.jte", new Pages.DiaryStart(null));
            return;
        }
        try {
            showDiary(ctx, key, List.of(), Map.of());
        } catch (DiaryNotAccessibleException e) {
            DiaryCookie.clear(ctx);
            notFound(ctx);
        }
    }

    void create(Context ctx) {
        DiaryService.CreatedDiary created = diaries.create();
        DiaryCookie.set(ctx, created.key());
        ctx.redirect(DiaryCookie.PATH, HttpStatus.SEE_OTHER);
    }

    void openWithKey(Context ctx) {
        String key = ctx.formParam("key") == null ? "" : ctx.formParam("key").strip();
        try {
            diaries.open(key);
        } catch (DiaryNotAccessibleException e) {
            noStore(ctx);
            ctx.status(HttpStatus.NOT_FOUND);
            WebRoutes.page(ctx, "diary-start.jte", new Pages.DiaryStart(NO_DIARY));
            return;
        }
        DiaryCookie.set(ctx, key);
        ctx.redirect(DiaryCookie.PATH, HttpStatus.SEE_OTHER);
    }

    void forget(Context ctx) {
        DiaryCookie.clear(ctx);
        ctx.redirect(DiaryCookie.PATH, HttpStatus.SEE_OTHER);
    }

    void addEpisode(Context ctx) {
        String key = DiaryCookie.key(ctx);
        Map<String, List<String>> form = ctx.formParamMap();
        Episode added;
        try {
            added = diaries.add(key, EpisodeForm.read(form));
        } catch (DiaryNotAccessibleException e) {
            notFound(ctx);
            return;
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            showDiary(ctx, key, e.problems(), form);
            return;
        }
        ctx.redirect(listAfter("added", added.id()), HttpStatus.SEE_OTHER);
    }

    void deleteEpisode(Context ctx) {
        String episodeId = ctx.pathParam("episodeId");
        try {
            diaries.delete(DiaryCookie.key(ctx), episodeId);
        } catch (DiaryNotAccessibleException | EpisodeNotFoundException e) {
            notFound(ctx);
            return;
        }
        ctx.redirect(listAfter("removed", episodeId), HttpStatus.SEE_OTHER);
    }

    /**
     * The diary page scrolled to the list. The query differs for every change: a browser that is sent back to the
     * very URL it shows, fragment and all, only scrolls (Chromium does) and would show the old list.
     */
    private static String listAfter(String change, String episodeId) {
        return DiaryCookie.PATH + "?" + change + "=" + episodeId + "#episodes";
    }

    /** Starts a check with the diary's answers filled in; the interview pages show them and let the person change them. */
    void startInterview(Context ctx) {
        SessionAssessment s;
        try {
            s = diaries.startInterview(DiaryCookie.key(ctx), Map.of());
        } catch (DiaryNotAccessibleException e) {
            notFound(ctx);
            return;
        }
        AssessmentCookie.set(ctx, s.id(), s.token());
        ctx.redirect(InterviewPages.next(s), HttpStatus.SEE_OTHER);
    }

    private void showDiary(Context ctx, String key, List<FieldProblem> problems, Map<String, List<String>> form) {
        DiaryService.OpenedDiary d = diaries.open(key);
        var p = d.patterns();
        noStore(ctx);
        WebRoutes.page(ctx, "diary.jte", new Pages.DiaryPage(key, d, DiaryWords.summary(p, sites), charts(d, kb), kb,
                problems, form, diaries.today()));
    }

    /** The diary's charts as inline SVG: per week over the trend window, by time of day, by site. */
    static List<String> charts(DiaryService.OpenedDiary d, KnowledgeBase kb) {
        Finding sites = kb.finding(EpisodeInput.SITES_FINDING).orElseThrow();
        return List.of(
                SvgChart.svg(DiaryCharts.perWeek(d.episodes(), d.patterns().asOf(), kb.diary().trendWeeks())),
                SvgChart.svg(DiaryCharts.byTimeOfDay(d.episodes())),
                SvgChart.svg(DiaryCharts.bySite(d.episodes(), sites::optionLabel)));
    }

    private static void notFound(Context ctx) {
        noStore(ctx);
        WebRoutes.errorPage(ctx, 404, NO_DIARY);
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
