package org.spasmcheck.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Which assessment the report is about and when. The caller passes every time, so the renderer reads no clock and
 * the same input always gives the same PDF.
 *
 * @param createdAt   when the assessment was started
 * @param updatedAt   when its last answer was recorded
 * @param generatedAt when this report is made; also the PDF's creation date
 * @param zone        the zone the times are shown in (the clinician's or the person's)
 */
public record ReportSubject(String assessmentId, Instant createdAt, Instant updatedAt, Instant generatedAt,
                            ZoneId zone) {
    public ReportSubject {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
    }
}
