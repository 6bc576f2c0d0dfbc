package org.spasmcheck.engine.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.TriageLevel;

/**
 * What a diary shows as of one day: how often, when, how long and where cramps come, whether they are rising, the
 * interview answers this gives, and the escalations that fired. Made by {@link DiaryAnalyzer}.
 *
 * @param asOf                   the last day looked at (windows end with it)
 * @param windowWeeks            the recent window, in weeks
 * @param totalEpisodes          every episode up to {@code asOf}
 * @param recentEpisodes         episodes in the recent window
 * @param episodesPerWeek        recent episodes per observed week (at least one week is assumed, so a diary begun
 *                               yesterday with two cramps reads 2 a week, not 14)
 * @param earlierEpisodesPerWeek the same for the weeks before the recent window; empty until the diary has observed
 *                               at least a week of them
 * @param riseRatio              episodesPerWeek / earlierEpisodesPerWeek; infinite when cramps came back after an
 *                               observed quiet spell; empty when either is unknown or both are zero
 * @param weeklySlope            least-squares change in episodes a week, per week, over the observed weeks of the
 *                               trend window; empty with fewer than three observed weeks
 * @param weeks                  the trend window, a week each, oldest first
 * @param triggers               recent episodes by trigger, most frequent first
 * @param sites                  recent episodes by muscle group (cramp_location option), most frequent first
 * @param sides                  recent episodes by side
 * @param usualDuration          median duration of recent episodes
 * @param longest                longest recent episode
 * @param meanIntensity          mean intensity (0-10) of recent episodes
 */
public record DiaryPatterns(LocalDate asOf, int windowWeeks, int totalEpisodes, int recentEpisodes,
                            double episodesPerWeek, OptionalDouble earlierEpisodesPerWeek, OptionalDouble riseRatio,
                            OptionalDouble weeklySlope, List<WeekCount> weeks, Map<Trigger, Integer> triggers,
                            Map<String, Integer> sites, Map<Side, Integer> sides, Optional<Duration> usualDuration,
                            Optional<Duration> longest, OptionalDouble meanIntensity, List<DiaryAnswer> answers,
                            List<DiaryEscalation> escalations) {
    public DiaryPatterns {
        weeks = List.copyOf(weeks);
        triggers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(triggers));
        sites = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sites));
        sides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sides));
        answers = List.copyOf(answers);
        escalations = List.copyOf(escalations);
    }

    /** These measures with the answers and escalations drawn from them. */
    public DiaryPatterns withConclusions(List<DiaryAnswer> answers, List<DiaryEscalation> escalations) {
        return new DiaryPatterns(asOf, windowWeeks, totalEpisodes, recentEpisodes, episodesPerWeek,
                earlierEpisodesPerWeek, riseRatio, weeklySlope, weeks, triggers, sites, sides, usualDuration, longest,
                meanIntensity, answers, escalations);
    }

    /** The share of recent episodes with this trigger; empty when there are none. */
    public OptionalDouble share(Trigger trigger) {
        return recentEpisodes == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(triggers.getOrDefault(trigger, 0) / (double) recentEpisodes);
    }

    /** The answers as evidence, to begin an interview with. */
    public Evidence prefill() {
        Evidence evidence = Evidence.EMPTY;
        for (DiaryAnswer a : answers) {
            evidence = evidence.with(a.findingId(), a.value());
        }
        return evidence;
    }

    /** The most urgent level among the escalations, if any fired. */
    public Optional<TriageLevel> escalationLevel() {
        return escalations.stream().map(e -> e.rule().level()).reduce(TriageLevel::mostUrgent);
    }
}
