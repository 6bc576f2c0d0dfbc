package org.spasmcheck.engine.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spasmcheck.engine.model.KnowledgeBase;

/**
 * Reads a diary: rates, trend, shares and sites over the windows of {@link DiaryRules}, the interview answers they
 * give ({@link DiaryFindings}) and the escalation rules of knowledge-base/diary.yaml. Pure: "today" is an argument.
 *
 * <p>Windows are whole days ending with {@code asOf}: the recent window is the last {@code windowWeeks * 7} days,
 * the trend window the last {@code trendWeeks * 7}. Episodes after {@code asOf} are not looked at. The diary is
 * taken to observe from the day of its first episode: weeks before it are unknown, not cramp-free.
 */
public final class DiaryAnalyzer {
    private static final int DAYS_PER_WEEK = 7;
    /** Fewer observed weeks than this give no slope (two points always fit a line exactly). */
    private static final int MIN_WEEKS_FOR_SLOPE = 3;

    private final KnowledgeBase kb;
    private final DiaryRules rules;

    public DiaryAnalyzer(KnowledgeBase kb) {
        this.kb = kb;
        this.rules = kb.diary();
    }

    public DiaryPatterns analyze(List<Episode> diary, LocalDate asOf) {
        List<Episode> episodes = diary.stream().filter(e -> !e.start().toLocalDate().isAfter(asOf))
                .sorted(Comparator.comparing(Episode::start)).toList();
        Optional<LocalDate> firstDay = episodes.stream().findFirst().map(e -> e.start().toLocalDate());
        LocalDate end = asOf.plusDays(1);
        LocalDate recentStart = end.minusWeeks(rules.windowWeeks());
        LocalDate trendStart = end.minusWeeks(rules.trendWeeks());
        List<Episode> recent = between(episodes, recentStart, end);

        double recentWeeks = Math.max(1, observedWeeks(firstDay, recentStart, end));
        double rate = recent.size() / recentWeeks;
        double earlierWeeks = observedWeeks(firstDay, trendStart, recentStart);
        OptionalDouble earlierRate = earlierWeeks >= 1
                ? OptionalDouble.of(between(episodes, trendStart, recentStart).size() / earlierWeeks)
                : OptionalDouble.empty();
        List<WeekCount> weeks = weeks(episodes, firstDay, trendStart);

        DiaryPatterns measured = new DiaryPatterns(asOf, rules.windowWeeks(), episodes.size(), recent.size(),
                rate, earlierRate, rise(rate, earlierRate), slope(weeks), weeks,
                countBy(recent, Episode::trigger, () -> new EnumMap<>(Trigger.class)),
                countBy(recent, Episode::muscleGroup, LinkedHashMap::new),
                countBy(recent, Episode::side, () -> new EnumMap<>(Side.class)),
                median(recent), recent.stream().map(Episode::duration).max(Comparator.naturalOrder()),
                recent.stream().mapToInt(Episode::intensity).average(), List.of(), List.of());
        List<DiaryEscalation> escalations = escalations(measured, recent);
        return measured.withConclusions(
                new DiaryFindings(kb, rules).answers(measured, escalations, firstDay.isPresent()), escalations);
    }

    /** Episodes on days in [from, to). */
    private static List<Episode> between(List<Episode> episodes, LocalDate from, LocalDate to) {
        return episodes.stream().filter(e -> {
            LocalDate day = e.start().toLocalDate();
            return !day.isBefore(from) && day.isBefore(to);
        }).toList();
    }

    /** Weeks of [from, to) on or after the diary's first day. */
    private static double observedWeeks(Optional<LocalDate> firstDay, LocalDate from, LocalDate to) {
        if (firstDay.isEmpty() || !firstDay.get().isBefore(to)) {
            return 0;
        }
        LocalDate start = firstDay.get().isAfter(from) ? firstDay.get() : from;
        return ChronoUnit.DAYS.between(start, to) / (double) DAYS_PER_WEEK;
    }

    private List<WeekCount> weeks(List<Episode> episodes, Optional<LocalDate> firstDay, LocalDate trendStart) {
        List<WeekCount> out = new ArrayList<>();
        for (int i = 0; i < rules.trendWeeks(); i++) {
            LocalDate from = trendStart.plusWeeks(i);
            LocalDate to = from.plusWeeks(1);
            boolean observed = firstDay.isPresent() && firstDay.get().isBefore(to);
            out.add(new WeekCount(from, between(episodes, from, to).size(), observed));
        }
        return out;
    }

    private static OptionalDouble rise(double rate, OptionalDouble earlierRate) {
        if (earlierRate.isEmpty() || (rate == 0 && earlierRate.getAsDouble() == 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(rate / earlierRate.getAsDouble());
    }

    /** Least-squares slope of episodes per week against week number, over observed weeks. */
    private static OptionalDouble slope(List<WeekCount> weeks) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).observed()) {
                points.add(new double[] {i, weeks.get(i).episodes()});
            }
        }
        if (points.size() < MIN_WEEKS_FOR_SLOPE) {
            return OptionalDouble.empty();
        }
        double meanX = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double covariance = points.stream().mapToDouble(p -> (p[0] - meanX) * (p[1] - meanY)).sum();
        double variance = points.stream().mapToDouble(p -> (p[0] - meanX) * (p[0] - meanX)).sum();
        return OptionalDouble.of(covariance / variance);
    }

    private static <K> Map<K, Integer> countBy(List<Episode> episodes, Function<Episode, K> key,
                                               java.util.function.Supplier<Map<K, Integer>> empty) {
        Map<K, Integer> counts = empty.get();
        episodes.forEach(e -> counts.merge(key.apply(e), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The middle duration (the lower middle for an even count, so the usual duration is one that happened). */
    private static Optional<Duration> median(List<Episode> episodes) {
        List<Duration> sorted = episodes.stream().map(Episode::duration).sorted().toList();
        return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get((sorted.size() - 1) / 2));
    }

    private List<DiaryEscalation> escalations(DiaryPatterns p, List<Episode> recent) {
        List<DiaryEscalation> fired = new ArrayList<>();
        for (DiaryEscalationRule rule : rules.escalations()) {
            List<String> measured = new ArrayList<>();
            boolean holds = true;
            for (DiaryCondition c : rule.when()) {
                OptionalDouble value = measure(c, p, recent);
                holds &= value.isPresent() && value.getAsDouble() >= c.atLeast();
                measured.add(describe(c, value, p));
            }
            if (holds) {
                fired.add(new DiaryEscalation(rule, measured));
            }
        }
        return fired;
    }

    private static OptionalDouble measure(DiaryCondition c, DiaryPatterns p, List<Episode> recent) {
        return switch (c.measure()) {
            case EPISODES_PER_WEEK -> OptionalDouble.of(p.episodesPerWeek());
            case RISE_RATIO -> p.riseRatio();
            case EPISODES -> OptionalDouble.of(recent.stream().filter(c::counts).count());
        };
    }

    /** What was measured against a threshold, for the clinician ("8.5 episodes a week over the last 4 weeks ..."). */
    private String describe(DiaryCondition c, OptionalDouble value, DiaryPatterns p) {
        String weeks = "the last " + rules.windowWeeks() + " weeks";
        String threshold = " (threshold " + number(c.atLeast()) + ")";
        return switch (c.measure()) {
            case EPISODES_PER_WEEK -> number(p.episodesPerWeek()) + " episodes a week over " + weeks + threshold;
            case RISE_RATIO -> value.isEmpty()
                    ? "rise not yet known: the diary has not observed a week before " + weeks + threshold
                    : number(p.episodesPerWeek()) + " episodes a week over " + weeks + " against "
                    + number(p.earlierEpisodesPerWeek().orElse(0)) + " in the "
                    + (rules.trendWeeks() - rules.windowWeeks()) + " weeks before: x" + number(value.getAsDouble())
                    + " (threshold x" + number(c.atLeast()) + ")";
            case EPISODES -> number(value.orElse(0)) + " episodes in " + weeks + filters(c) + threshold;
        };
    }

    private static String filters(DiaryCondition c) {
        StringBuilder out = new StringBuilder();
        if (!c.sites().isEmpty()) {
            out.append(" at ").append(String.join(" or ", c.sites().stream().sorted().toList()));
        }
        if (!c.triggers().isEmpty()) {
            out.append(" with trigger ").append(String.join(" or ",
                    c.triggers().stream().map(Trigger::id).sorted().toList()));
        }
        if (c.longerThan() != null) {
            out.append(" lasting longer than ").append(c.longerThan().toMinutes()).append(" minutes");
        }
        return out.toString();
    }

    static String number(double value) {
        if (Double.isInfinite(value)) {
            return "infinity";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
