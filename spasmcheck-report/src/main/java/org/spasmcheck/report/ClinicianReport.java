package org.spasmcheck.report;

import java.util.Objects;
import java.util.Optional;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.model.KnowledgeBase;

/**
 * Everything the clinician report shows: the assessment, the knowledge base it came from (for question wording,
 * option labels and the disclaimer), who and when, and the diary if the person keeps one.
 */
public record ClinicianReport(Assessment assessment, KnowledgeBase kb, ReportSubject subject,
                              Optional<DiarySection> diary) {
    public ClinicianReport {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(diary, "diary");
    }
}
