package org.spasmcheck.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.spasmcheck.engine.diary.Episode;

/**
 * The diary part of the report. The pattern analysis happens elsewhere; this only lays out its already-written
 * clinician text next to charts drawn from the episodes.
 *
 * @param episodes    every episode of the diary (the charts count them; the person's notes are quoted)
 * @param asOf        the day the per-week chart ends on, in the person's calendar
 * @param summary     clinician-facing summary lines of the pattern analysis
 * @param escalations clinician-facing lines on patterns that call for earlier review; may be empty
 */
public record DiarySection(List<Episode> episodes, LocalDate asOf, List<String> summary, List<String> escalations) {
    public DiarySection {
        episodes = List.copyOf(episodes);
        Objects.requireNonNull(asOf, "asOf");
        summary = List.copyOf(summary);
        escalations = List.copyOf(escalations);
    }
}
