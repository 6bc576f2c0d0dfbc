package org.spasmcheck.engine.diary;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One test of a diary escalation rule: the measure is at least {@code atLeast}.
 *
 * @param sites      for {@link DiaryMeasure#EPISODES}: count only episodes at these muscle groups (empty: any)
 * @param triggers   for {@link DiaryMeasure#EPISODES}: count only episodes with these triggers (empty: any)
 * @param longerThan for {@link DiaryMeasure#EPISODES}: count only episodes lasting strictly longer (null: any)
 */
public record DiaryCondition(DiaryMeasure measure, double atLeast, Set<String> sites, Set<Trigger> triggers,
                             Duration longerThan) {
    public DiaryCondition {
        Objects.requireNonNull(measure, "measure");
        sites = Set.copyOf(sites);
        triggers = Set.copyOf(triggers);
    }

    public static DiaryCondition of(DiaryMeasure measure, double atLeast) {
        return new DiaryCondition(measure, atLeast, Set.of(), Set.of(), null);
    }

    /** True when the episode passes this condition's filters (sites, triggers, duration). */
    public boolean counts(Episode episode) {
        return (sites.isEmpty() || sites.contains(episode.muscleGroup()))
                && (triggers.isEmpty() || triggers.contains(episode.trigger()))
                && (longerThan == null || episode.duration().compareTo(longerThan) > 0);
    }
}
