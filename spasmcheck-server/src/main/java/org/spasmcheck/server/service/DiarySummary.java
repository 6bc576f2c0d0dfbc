package org.spasmcheck.server.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.spasmcheck.engine.diary.DiaryEscalation;
import org.spasmcheck.engine.diary.DiaryPatterns;

/** A diary's patterns as clinician text (technical, every escalation with its sources), for reports and the CLI. */
public final class DiarySummary {
    private DiarySummary() {
    }

    public static List<String> lines(DiaryPatterns p) {
        List<String> out = new ArrayList<>();
        int weeks = p.windowWeeks();
        out.add("Episodes: " + p.totalEpisodes() + " recorded up to " + p.asOf() + "; " + p.recentEpisodes()
                + " in the last " + weeks + " weeks (" + number(p.episodesPerWeek()) + "/week).");
        out.add(trend(p));
        if (p.recentEpisodes() > 0) {
            out.add("Triggers (last " + weeks + " weeks): " + counts(p.triggers().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue, (a, b) -> a,
                            java.util.LinkedHashMap::new)), p.recentEpisodes()) + ".");
            out.add("Sites: " + counts(p.sites(), p.recentEpisodes()) + "; sides: " + counts(p.sides().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue, (a, b) -> a,
                            java.util.LinkedHashMap::new)), p.recentEpisodes()) + ".");
            out.add("Duration: median " + duration(p.usualDuration().orElseThrow()) + ", longest "
                    + duration(p.longest().orElseThrow()) + "; mean intensity " + number(p.meanIntensity().orElse(0))
                    + "/10.");
        }
        return out;
    }

    /** One line per fired escalation: id, level, reason (which cites), sources and what was measured. */
    public static List<String> escalations(DiaryPatterns p) {
        return p.escalations().stream().map(DiarySummary::escalation).toList();
    }

    private static String escalation(DiaryEscalation e) {
        return e.rule().id() + " -> " + e.rule().level().id() + ": " + String.join("; ", e.measured()) + ". "
                + e.rule().reason() + " [" + e.rule().citation().label() + "]";
    }

    private static String trend(DiaryPatterns p) {
        if (p.earlierEpisodesPerWeek().isEmpty()) {
            return "Trend: not yet known (the diary has not observed a week before the last " + p.windowWeeks() + " weeks).";
        }
        String rise = p.riseRatio().isEmpty() ? "no episodes in either window"
                : Double.isInfinite(p.riseRatio().getAsDouble()) ? "returned after an observed quiet spell"
                : "ratio x" + number(p.riseRatio().getAsDouble());
        String slope = p.weeklySlope().isEmpty() ? ""
                : "; weekly slope " + String.format(Locale.ROOT, "%+.2f", p.weeklySlope().getAsDouble()) + " episodes/week per week";
        return "Trend: " + number(p.earlierEpisodesPerWeek().getAsDouble()) + "/week in the weeks before, "
                + rise + slope + ".";
    }

    private static String counts(Map<String, Integer> counts, int total) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ("
                + Math.round(100.0 * e.getValue() / total) + "%)").collect(Collectors.joining(", "));
    }

    private static String duration(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : number(s / 60.0) + " min";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
