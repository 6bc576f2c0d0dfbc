package org.spasmcheck.engine.diary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;

/**
 * The interview answers a diary gives. Only what the diary shows is answered: a pattern the diary cannot tell (a
 * share between "none" and "mostly" for a question that asks "do they start during exercise?") is left for the
 * person, never taken as no. A finding the knowledge base does not define is skipped.
 */
final class DiaryFindings {
    static final String CRAMP_LOCATION = "cramp_location";
    static final String CRAMPS_PER_WEEK = "cramps_per_week";
    static final String AT_REST_NIGHT = "cramps_at_rest_night";
    static final String WITH_EXERCISE = "cramps_with_exercise";
    static final String HEAT = "heat_sweating";
    static final String DURATION = "cramp_duration";
    static final String WORSENING = "symptoms_worsening";
    static final String ONE_SIDE = "symptoms_one_side";

    /**
     * Upper ends of the cramp_duration options, as the vocabulary's question words them ("seconds / under 10 min /
     * 10-60 min / hours"): under a minute is seconds. A diary never answers "constant".
     */
    private static final List<Map.Entry<String, Duration>> DURATION_OPTIONS_BELOW = List.of(
            Map.entry("seconds", Duration.ofMinutes(1)),
            Map.entry("under_10_min", Duration.ofMinutes(10)),
            Map.entry("10_to_60_min", Duration.ofHours(1)));
    private static final String LONGER_THAN_AN_HOUR = "hours";

    private final KnowledgeBase kb;
    private final DiaryRules rules;
    private final List<DiaryAnswer> out = new ArrayList<>();

    DiaryFindings(KnowledgeBase kb, DiaryRules rules) {
        this.kb = kb;
        this.rules = rules;
    }

    List<DiaryAnswer> answers(DiaryPatterns p, List<DiaryEscalation> escalations, boolean anyEpisode) {
        if (!anyEpisode) {
            return List.of();
        }
        String window = "in the last " + p.windowWeeks() + " weeks";
        add(CRAMPS_PER_WEEK, new Value.Number(round(p.episodesPerWeek())), p.recentEpisodes() + " cramps " + window
                + ": about " + DiaryAnalyzer.number(round(p.episodesPerWeek())) + " a week.");
        if (p.recentEpisodes() == 0) {
            return List.copyOf(out);
        }
        add(CRAMP_LOCATION, new Value.Choices(p.sites().keySet()), "Your diary lists cramps " + window + " in: "
                + String.join(", ", new TreeSet<>(p.sites().keySet()).stream().map(this::siteWords).toList()) + ".");
        p.usualDuration().ifPresent(d -> add(DURATION, new Value.Choice(durationOption(d)),
                "Your cramps " + window + " usually lasted " + words(d) + "."));
        if (p.recentEpisodes() >= rules.minEpisodesForShares()) {
            shares(p, window);
            oneSide(p, window);
        }
        if (escalations.stream().anyMatch(e -> e.rule().when().stream()
                .anyMatch(c -> c.measure() == DiaryMeasure.RISE_RATIO))) {
            add(WORSENING, Value.of(true), "Your cramps came more often " + window + " than in the weeks before.");
        }
        return List.copyOf(out);
    }

    private void shares(DiaryPatterns p, String window) {
        String of = " of " + p.recentEpisodes() + " cramps " + window;
        int night = p.triggers().getOrDefault(Trigger.NIGHT_REST, 0);
        // "Do the cramps mostly come at night or while resting?": the question itself says "mostly".
        add(AT_REST_NIGHT, Value.of(p.share(Trigger.NIGHT_REST).orElse(0) >= rules.mostlyShare()),
                night + of + " came at night or at rest.");
        // "Do the cramps start during exercise ...?" and "Were you in hot conditions ...?": yes when most did,
        // no when none did; in between the person says.
        yesWhenMostlyNoWhenNone(WITH_EXERCISE, p, Trigger.EXERCISE, of + " came with exercise.");
        yesWhenMostlyNoWhenNone(HEAT, p, Trigger.HEAT, of + " came in the heat or with heavy sweating.");
    }

    private void yesWhenMostlyNoWhenNone(String findingId, DiaryPatterns p, Trigger trigger, String basis) {
        OptionalDouble share = p.share(trigger);
        int count = p.triggers().getOrDefault(trigger, 0);
        if (share.orElse(0) >= rules.mostlyShare()) {
            add(findingId, Value.of(true), count + basis);
        } else if (count == 0) {
            add(findingId, Value.of(false), count + basis);
        }
    }

    /** "Are the symptoms only on one side of the body?": yes when every cramp was on one side, no when both were hit. */
    private void oneSide(DiaryPatterns p, String window) {
        Set<Side> sides = p.sides().keySet();
        boolean left = sides.contains(Side.LEFT);
        boolean right = sides.contains(Side.RIGHT);
        if (sides.size() == 1 && (left || right)) {
            add(ONE_SIDE, Value.of(true), "Every cramp " + window + " was on the " + (left ? "left" : "right") + ".");
        } else if ((left && right) || sides.contains(Side.BOTH)) {
            add(ONE_SIDE, Value.of(false), "Your cramps " + window + " were on both sides.");
        }
    }

    private void add(String findingId, Value value, String basis) {
        if (kb.finding(findingId).isPresent()) {
            out.add(new DiaryAnswer(findingId, value, basis));
        }
    }

    private String siteWords(String site) {
        return kb.finding(CRAMP_LOCATION).map(f -> f.optionLabel(site)).orElse(site).toLowerCase(java.util.Locale.ROOT);
    }

    static String durationOption(Duration usual) {
        return DURATION_OPTIONS_BELOW.stream().filter(e -> usual.compareTo(e.getValue()) < 0)
                .map(Map.Entry::getKey).findFirst().orElse(LONGER_THAN_AN_HOUR);
    }

    private static String words(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** Episodes a week to one decimal, as a person would say it. */
    private static double round(double perWeek) {
        return Math.round(perWeek * 10) / 10.0;
    }
}
