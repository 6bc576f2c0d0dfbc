package org.spasmcheck.server.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.spasmcheck.engine.diary.DiaryPatterns;
import org.spasmcheck.engine.diary.Trigger;
import org.spasmcheck.engine.model.Finding;

/** A diary's patterns in plain words for the person (short sentences, units spelled out). */
final class DiaryWords {
    /** A rise or fall smaller than this share of the earlier rate is "about as often". */
    private static final double SAME_RATE_MARGIN = 0.25;

    private DiaryWords() {
    }

    static List<String> summary(DiaryPatterns p, Finding sites) {
        List<String> out = new ArrayList<>();
        String weeks = "the last " + p.windowWeeks() + " weeks";
        if (p.recentEpisodes() == 0) {
            out.add("You wrote down no cramps in " + weeks + ".");
            return out;
        }
        out.add("In " + weeks + " you wrote down " + count(p.recentEpisodes()) + ": about "
                + PlainWords.number(Math.round(p.episodesPerWeek() * 10) / 10.0) + " a week.");
        p.triggers().entrySet().stream().findFirst().ifPresent(top -> out.add(top.getValue() + " of "
                + p.recentEpisodes() + " came " + when(top.getKey()) + "."));
        p.usualDuration().ifPresent(d -> out.add("They usually lasted " + duration(d) + "."));
        out.add("Where: " + String.join(", ", p.sites().entrySet().stream()
                .map(e -> sites.optionLabel(e.getKey()).toLowerCase(java.util.Locale.ROOT) + " (" + e.getValue() + ")")
                .toList()) + ".");
        out.add(trend(p));
        return out;
    }

    private static String trend(DiaryPatterns p) {
        if (p.earlierEpisodesPerWeek().isEmpty()) {
            return "Keep writing them down: after " + (p.windowWeeks() + 1) + " weeks we can tell if they come more often.";
        }
        double earlier = p.earlierEpisodesPerWeek().getAsDouble();
        double now = p.episodesPerWeek();
        if (now > earlier * (1 + SAME_RATE_MARGIN)) {
            return "They come more often than in the weeks before.";
        }
        if (now < earlier * (1 - SAME_RATE_MARGIN)) {
            return "They come less often than in the weeks before.";
        }
        return "They come about as often as in the weeks before.";
    }

    static String when(Trigger t) {
        return switch (t) {
            case NIGHT_REST -> "at night or while resting";
            case EXERCISE -> "during or after exercise";
            case HEAT -> "in the heat or when sweating a lot";
            case WALKING -> "while walking";
            case STANDING -> "while standing still";
            case OTHER -> "at other times";
        };
    }

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return PlainWords.number(Math.round(minutes / 6.0) / 10.0) + " hours";
    }

    private static String count(int episodes) {
        return episodes == 1 ? "1 cramp" : episodes + " cramps";
    }
}
