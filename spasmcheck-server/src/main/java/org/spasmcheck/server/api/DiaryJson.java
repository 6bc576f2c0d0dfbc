package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.spasmcheck.engine.diary.DiaryAnswer;
import org.spasmcheck.engine.diary.DiaryEscalation;
import org.spasmcheck.engine.diary.DiaryPatterns;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.WeekCount;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.server.service.DiaryService;
import org.spasmcheck.server.service.ValueJson;

/**
 * Diaries, episodes and patterns as API responses (schemas Diary, Episode, DiaryPatterns in /openapi.json). The
 * patterns are public so that the command line prints the same JSON as GET /api/v1/diary/patterns.
 */
public final class DiaryJson {
    private DiaryJson() {
    }

    static ObjectNode diary(DiaryService.OpenedDiary d) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("created_at", d.createdAt().toString());
        ArrayNode episodes = o.putArray("episodes");
        d.episodes().forEach(e -> episodes.add(episode(e)));
        o.set("patterns", patterns(d.patterns()));
        return o;
    }

    static ObjectNode episode(Episode e) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("start", e.start().toString());
        o.put("duration_seconds", e.duration().toSeconds());
        o.put("muscle_group", e.muscleGroup());
        o.put("side", e.side().id());
        o.put("intensity", e.intensity());
        o.put("trigger", e.trigger().id());
        o.put("helped", e.helped());
        o.put("note", e.note());
        return o;
    }

    public static ObjectNode patterns(DiaryPatterns p) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("as_of", p.asOf().toString());
        o.put("window_weeks", p.windowWeeks());
        o.put("total_episodes", p.totalEpisodes());
        o.put("recent_episodes", p.recentEpisodes());
        o.put("episodes_per_week", p.episodesPerWeek());
        number(o, "earlier_episodes_per_week", p.earlierEpisodesPerWeek());
        boolean unbounded = p.riseRatio().isPresent() && Double.isInfinite(p.riseRatio().getAsDouble());
        number(o, "rise_ratio", unbounded ? OptionalDouble.empty() : p.riseRatio());
        o.put("rise_unbounded", unbounded);
        number(o, "weekly_slope", p.weeklySlope());
        ArrayNode weeks = o.putArray("weeks");
        for (WeekCount w : p.weeks()) {
            weeks.addObject().put("start", w.start().toString()).put("episodes", w.episodes()).put("observed", w.observed());
        }
        ObjectNode triggers = o.putObject("triggers");
        p.triggers().forEach((t, n) -> triggers.put(t.id(), n));
        ObjectNode sites = o.putObject("sites");
        p.sites().forEach(sites::put);
        ObjectNode sides = o.putObject("sides");
        p.sides().forEach((s, n) -> sides.put(s.id(), n));
        number(o, "usual_duration_seconds", p.usualDuration().map(d -> OptionalDouble.of(d.toSeconds())).orElse(OptionalDouble.empty()));
        number(o, "longest_duration_seconds", p.longest().map(d -> OptionalDouble.of(d.toSeconds())).orElse(OptionalDouble.empty()));
        number(o, "mean_intensity", p.meanIntensity());
        ArrayNode answers = o.putArray("answers");
        for (DiaryAnswer a : p.answers()) {
            answers.addObject().put("finding", a.findingId()).put("basis", a.basis()).set("value", ValueJson.toJson(a.value()));
        }
        ArrayNode escalations = o.putArray("escalations");
        p.escalations().forEach(e -> escalations.add(escalation(e)));
        if (p.escalationLevel().isPresent()) {
            o.put("escalation_level", p.escalationLevel().get().id());
        } else {
            o.putNull("escalation_level");
        }
        return o;
    }

    private static ObjectNode escalation(DiaryEscalation e) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("rule", e.rule().id());
        o.put("level", e.rule().level().id());
        o.put("reason", e.rule().reason());
        o.put("advice", e.rule().advice());
        ArrayNode sources = o.putArray("sources");
        e.rule().citation().sources().forEach(sources::add);
        ArrayNode measured = o.putArray("measured");
        e.measured().forEach(measured::add);
        return o;
    }

    private static void number(ObjectNode o, String field, OptionalDouble value) {
        if (value.isPresent()) {
            o.put(field, value.getAsDouble());
        } else {
            o.putNull(field);
        }
    }

    /** The sessions' answers marked as from the diary: finding ids, in no particular order. */
    static ArrayNode fromDiary(Set<String> findings) {
        ArrayNode a = AssessmentJson.MAPPER.createArrayNode();
        new TreeSet<>(findings).forEach(a::add);
        return a;
    }
}
