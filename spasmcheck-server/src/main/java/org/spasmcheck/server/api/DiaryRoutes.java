package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.report.chart.DiaryCharts;
import org.spasmcheck.report.chart.SvgChart;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.server.security.RateLimiter;
import org.spasmcheck.server.service.DiaryService;
import org.spasmcheck.server.service.EpisodeDraft;
import org.spasmcheck.server.service.EpisodeInput;
import org.spasmcheck.server.service.FieldProblem;
import org.spasmcheck.server.service.InvalidInputException;
import org.spasmcheck.server.service.SessionAssessment;

/**
 * The diary API: a diary is opened by its private key alone ({@code Authorization: Bearer <key>}); a missing or wrong
 * key is 404, like an unknown diary. Thin: parse, call one use case of {@link DiaryService}, render.
 */
final class DiaryRoutes {
    static final String DIARY = "/api/v1/diary";
    static final Set<String> EPISODE_FIELDS = Set.of("start", "duration_seconds", "muscle_group", "side", "intensity",
            "trigger", "helped", "note");
    /** The charts of GET /api/v1/diary/charts/{chart}: the same SVG the diary page shows. */
    static final List<String> CHARTS = List.of("weeks", "time-of-day", "sites");
    private static final String SVG = "image/svg+xml";

    private DiaryRoutes() {
    }

    static void register(JavalinDefaultRoutingApi routes, ServerContext context, EvidenceReader evidenceReader) {
        DiaryService diaries = context.diaries();
        routes.before(DIARY + "*", ctx -> ctx.header("Cache-Control", "no-store"));
        RateLimiter creations = context.security().creations();
        routes.post(DIARY, creations.limit(ctx -> {
            RequestBodies.object(ctx, true, Set.of());
            DiaryService.CreatedDiary created = diaries.create();
            json(ctx.status(HttpStatus.CREATED), AssessmentJson.MAPPER.createObjectNode().put("key", created.key()));
        }));
        routes.get(DIARY, ctx -> json(ctx, DiaryJson.diary(diaries.open(ApiRoutes.bearerToken(ctx)))));
        routes.post(DIARY + "/episodes", ctx -> {
            ObjectNode body = RequestBodies.object(ctx, false, EPISODE_FIELDS);
            Episode added = diaries.add(ApiRoutes.bearerToken(ctx), draft(body));
            json(ctx.status(HttpStatus.CREATED), DiaryJson.episode(added));
        });
        routes.delete(DIARY + "/episodes/{episodeId}", ctx -> {
            diaries.delete(ApiRoutes.bearerToken(ctx), ctx.pathParam("episodeId"));
            ctx.status(HttpStatus.NO_CONTENT);
        });
        routes.get(DIARY + "/patterns", ctx -> json(ctx, DiaryJson.patterns(diaries.open(ApiRoutes.bearerToken(ctx)).patterns())));
        routes.get(DIARY + "/charts/{chart}", ctx -> {
            DiaryService.OpenedDiary d = diaries.open(ApiRoutes.bearerToken(ctx));
            ctx.contentType(SVG).result(chart(ctx.pathParam("chart"), d, context));
        });
        routes.post(DIARY + "/assessments", creations.limit(ctx -> {
            ObjectNode body = RequestBodies.object(ctx, true, Set.of("changes"));
            ObjectNode changesNode = RequestBodies.objectField(body, "changes", false);
            EvidenceReader.Result read = evidenceReader.read(changesNode);
            if (!read.ok()) {
                throw new ProblemException(Problems.invalidAnswers(read.problems()));
            }
            Map<String, Value> changes = read.evidence().answers();
            SessionAssessment created = diaries.startInterview(ApiRoutes.bearerToken(ctx), changes);
            ctx.header("Location", ApiRoutes.ASSESSMENTS + "/" + created.id());
            ApiRoutes.assessment(ctx.status(HttpStatus.CREATED), created);
        }));
    }

    private static String chart(String name, DiaryService.OpenedDiary d, ServerContext context) {
        Finding sites = context.knowledgeBase().finding(EpisodeInput.SITES_FINDING).orElseThrow();
        return switch (name) {
            case "weeks" -> SvgChart.svg(DiaryCharts.perWeek(d.episodes(), d.patterns().asOf(),
                    context.knowledgeBase().diary().trendWeeks()));
            case "time-of-day" -> SvgChart.svg(DiaryCharts.byTimeOfDay(d.episodes()));
            case "sites" -> SvgChart.svg(DiaryCharts.bySite(d.episodes(), sites::optionLabel));
            default -> throw new ProblemException(Problems.invalidValue("chart", "no chart '" + name + "'",
                    String.join(", ", CHARTS)));
        };
    }

    /** The episode fields with their JSON types checked; the service checks the values. */
    private static EpisodeDraft draft(ObjectNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        Long intensity = whole(body, "intensity", problems);
        EpisodeDraft draft = new EpisodeDraft(text(body, "start", problems), whole(body, "duration_seconds", problems),
                text(body, "muscle_group", problems), text(body, "side", problems),
                intensity == null || intensity > Integer.MAX_VALUE || intensity < Integer.MIN_VALUE ? null : intensity.intValue(),
                text(body, "trigger", problems), text(body, "helped", problems), text(body, "note", problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return draft;
    }

    private static String text(ObjectNode body, String field, List<FieldProblem> problems) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(new FieldProblem(field, "must be a string, not " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT), "a string"));
            return null;
        }
        return v.asText();
    }

    private static Long whole(ObjectNode body, String field, List<FieldProblem> problems) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            problems.add(new FieldProblem(field, "must be a whole number, not " + v, "a whole number"));
            return null;
        }
        return v.asLong();
    }

    private static void json(Context ctx, JsonNode body) {
        ctx.contentType("application/json").result(body.toString());
    }
}
