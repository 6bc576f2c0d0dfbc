package org.spasmcheck.server.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;

/**
 * Checks an {@link EpisodeDraft}: every field at fault is named with what is allowed, and nothing is guessed or
 * repaired. Shared by the API, the web form and the command line.
 */
public final class EpisodeInput {
    public static final String SITES_FINDING = "cramp_location";
    /** A cramp that goes on for more than a day is not an episode but a constant symptom: the interview asks that. */
    public static final long MAX_DURATION_SECONDS = 24 * 60 * 60;
    /** A diary, not a life history: nothing before this day is taken. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** Clocks of people ahead of the server's time zone may already show tomorrow. */
    private static final int DAYS_AHEAD_ALLOWED = 1;
    public static final int MAX_HELPED_CHARS = 500;
    public static final int MAX_NOTE_CHARS = 2000;

    private EpisodeInput() {
    }

    /**
     * The episode, or every problem with the draft.
     *
     * @param today the server's date, to refuse episodes in the future
     * @throws InvalidInputException naming each field at fault
     */
    public static Episode read(EpisodeDraft d, String id, KnowledgeBase kb, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDateTime start = start(d.start(), today, problems);
        Duration duration = duration(d.durationSeconds(), problems);
        String site = site(d.muscleGroup(), kb, problems);
        Side side = closed("side", d.side(), Side::fromId, Side.allowedIds(), problems);
        Trigger trigger = closed("trigger", d.trigger(), Trigger::fromId, Trigger.allowedIds(), problems);
        Integer intensity = intensity(d.intensity(), problems);
        String helped = text("helped", d.helped(), MAX_HELPED_CHARS, problems);
        String note = text("note", d.note(), MAX_NOTE_CHARS, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Episode(id, start, duration, site, side, intensity, trigger, helped, note);
    }

    private static LocalDateTime start(String text, LocalDate today, List<FieldProblem> problems) {
        String allowed = "a date and time like 2026-12-03T23:10, from " + EARLIEST + " to today";
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("start", "missing", allowed));
            return null;
        }
        try {
            LocalDateTime start = LocalDateTime.parse(text.strip());
            if (start.toLocalDate().isBefore(EARLIEST) || start.toLocalDate().isAfter(today.plusDays(DAYS_AHEAD_ALLOWED))) {
                problems.add(new FieldProblem("start", start.toLocalDate().isBefore(EARLIEST)
                        ? "too long ago" : "in the future", allowed));
                return null;
            }
            return start;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("start", "not a date and time", allowed));
            return null;
        }
    }

    private static Duration duration(Long seconds, List<FieldProblem> problems) {
        String allowed = "a whole number of seconds from 1 to " + MAX_DURATION_SECONDS + " (24 hours)";
        if (seconds == null) {
            problems.add(new FieldProblem("duration_seconds", "missing", allowed));
            return null;
        }
        if (seconds < 1 || seconds > MAX_DURATION_SECONDS) {
            problems.add(new FieldProblem("duration_seconds", "out of range: " + seconds, allowed));
            return null;
        }
        return Duration.ofSeconds(seconds);
    }

    private static String site(String site, KnowledgeBase kb, List<FieldProblem> problems) {
        List<String> options = kb.finding(SITES_FINDING).map(Finding::options).orElse(List.of());
        if (site == null || !options.contains(site)) {
            problems.add(new FieldProblem("muscle_group", site == null ? "missing" : "not a muscle group: " + site,
                    "one of: " + String.join(", ", options)));
            return null;
        }
        return site;
    }

    private static <E> E closed(String field, String id, java.util.function.Function<String, Optional<E>> parse,
                                String allowed, List<FieldProblem> problems) {
        Optional<E> value = id == null ? Optional.empty() : parse.apply(id);
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, id == null ? "missing" : "not allowed: " + id, "one of: " + allowed));
        }
        return value.orElse(null);
    }

    private static Integer intensity(Integer intensity, List<FieldProblem> problems) {
        String allowed = "a whole number from " + Episode.MIN_INTENSITY + " (none) to " + Episode.MAX_INTENSITY + " (worst)";
        if (intensity == null || intensity < Episode.MIN_INTENSITY || intensity > Episode.MAX_INTENSITY) {
            problems.add(new FieldProblem("intensity", intensity == null ? "missing" : "out of range: " + intensity, allowed));
            return null;
        }
        return intensity;
    }

    /** Free text: optional, limited in length, and without control characters other than line breaks and tabs. */
    private static String text(String field, String text, int maxChars, List<FieldProblem> problems) {
        if (text == null) {
            return "";
        }
        String allowed = "text of at most " + maxChars + " characters";
        if (text.length() > maxChars) {
            problems.add(new FieldProblem(field, "too long: " + text.length() + " characters", allowed));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(new FieldProblem(field, "contains control characters", allowed));
        }
        return text;
    }
}
