package org.spasmcheck.interop;

import java.time.Instant;
import java.util.Objects;

/**
 * Which assessment a report is about and when things happened. The caller passes every time, so the same
 * assessment and subject always give the same report (this module reads no clock).
 *
 * @param assessmentId the assessment's id; the resource ids of the report are derived from it
 * @param createdAt    when the assessment was started (the QuestionnaireResponse identifier's period start)
 * @param updatedAt    when the last answer was given (QuestionnaireResponse.authored, RiskAssessment.occurrence)
 * @param generatedAt  when the report is made (Bundle.timestamp, CarePlan.created)
 */
public record ReportSubject(String assessmentId, Instant createdAt, Instant updatedAt, Instant generatedAt) {
    public ReportSubject {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (assessmentId.isBlank()) {
            throw new IllegalArgumentException("assessmentId must not be blank");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt " + updatedAt + " is before createdAt " + createdAt);
        }
        if (generatedAt.isBefore(updatedAt)) {
            throw new IllegalArgumentException("generatedAt " + generatedAt + " is before updatedAt " + updatedAt
                    + ": a report cannot predate the answers it reports");
        }
    }
}
