package org.spasmcheck.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.spasmcheck.engine.diary.Episode;

/**
 * The diary charts a clinician and the person look at: how often (per week), where (by muscle group) and when
 * (by time of day). Pure: "today" comes in as {@code asOf}, and episode times are the person's wall-clock times
 * ({@link Episode}), so "night" is the person's night.
 */
public final class DiaryCharts {
    /** Counts of episodes, the value axis of every diary chart. */
    static final String AXIS_LABEL = "Episodes";
    static final int DAYS_PER_WEEK = 7;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private DiaryCharts() {
    }

    /**
     * Episodes in each of the last {@code weeks} seven-day windows, the last one ending on {@code asOf} (inclusive),
     * oldest first. Each bar is labelled with its window's first day ("3 Nov"). Episodes outside the windows (older,
     * or after {@code asOf}) are not counted.
     */
    public static BarChart perWeek(List<Episode> episodes, LocalDate asOf, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1, was " + weeks);
        }
        LocalDate first = asOf.minusDays((long) weeks * DAYS_PER_WEEK - 1);
        int[] counts = new int[weeks];
        for (Episode e : episodes) {
            LocalDate day = e.start().toLocalDate();
            if (!day.isBefore(first) && !day.isAfter(asOf)) {
                counts[(int) (first.until(day, java.time.temporal.ChronoUnit.DAYS) / DAYS_PER_WEEK)]++;
            }
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            String label = DAY_MONTH.format(first.plusDays((long) w * DAYS_PER_WEEK));
            bars.add(new BarChart.Bar(label, counts[w]));
            phrases.add(counts[w] + " in the week from " + label);
        }
        String span = weeks == 1 ? "the last week" : "each of the last " + weeks + " weeks";
        String description = "Episodes in " + span + " up to " + DAY_MONTH_YEAR.format(asOf) + ", oldest first: "
                + Sentences.list(phrases) + ".";
        return new BarChart("Episodes per week", description, AXIS_LABEL, bars);
    }

    /**
     * Episodes per muscle group, most frequent first (ties in label order, so the chart never depends on the order
     * the episodes came in). {@code siteLabel} turns a muscle-group id into plain words; callers pass the
     * knowledge base's {@code cramp_location} finding's {@code optionLabel}.
     */
    public static BarChart bySite(List<Episode> episodes, Function<String, String> siteLabel) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Episode e : episodes) {
            String label = siteLabel.apply(e.muscleGroup());
            counts.merge(label == null ? e.muscleGroup() : label, 1, Integer::sum);
        }
        List<BarChart.Bar> bars = counts.entrySet().stream()
                .map(c -> new BarChart.Bar(c.getKey(), c.getValue()))
                .sorted(Comparator.comparingInt(BarChart.Bar::value).reversed().thenComparing(BarChart.Bar::label))
                .toList();
        String description = bars.isEmpty() ? "No episodes are recorded, so there are no muscle groups to show."
                : "Episodes by muscle group, most frequent first: "
                + Sentences.list(bars.stream().map(b -> b.label() + ": " + b.value()).toList()) + ".";
        return new BarChart("Episodes by muscle group", description, AXIS_LABEL, bars);
    }

    /**
     * Episodes by the hour they started, in six four-hour blocks from midnight ({@link DayPart}); an episode at
     * 04:00 belongs to the early morning, one at 23:59 to the late evening.
     */
    public static BarChart byTimeOfDay(List<Episode> episodes) {
        int[] counts = new int[DayPart.values().length];
        for (Episode e : episodes) {
            counts[DayPart.of(e.start().toLocalTime()).ordinal()]++;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (DayPart part : DayPart.values()) {
            bars.add(new BarChart.Bar(part.label(), counts[part.ordinal()]));
            phrases.add(counts[part.ordinal()] + " " + part.spoken());
        }
        String description = "Episodes by the time they started (the person's local time): "
                + Sentences.list(phrases) + ".";
        return new BarChart("Episodes by time of day", description, AXIS_LABEL, bars);
    }
}
