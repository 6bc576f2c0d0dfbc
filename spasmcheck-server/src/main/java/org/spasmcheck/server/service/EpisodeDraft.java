package org.spasmcheck.server.service;

/**
 * A diary episode as the person entered it, before it is checked: every field as given, null when left out.
 *
 * @param start           the person's local date and time, ISO-8601 ("2026-12-03T23:10")
 * @param durationSeconds how long it lasted
 * @param muscleGroup     an option of cramp_location
 * @param side            left, right, both or middle
 * @param intensity       0 to 10
 * @param trigger         night_rest, exercise, heat, walking, standing or other
 */
public record EpisodeDraft(String start, Long durationSeconds, String muscleGroup, String side, Integer intensity,
                           String trigger, String helped, String note) {
}
