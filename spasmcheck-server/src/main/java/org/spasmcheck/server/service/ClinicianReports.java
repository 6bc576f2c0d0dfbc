package org.spasmcheck.server.service;

import java.time.Clock;
import java.util.Optional;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.interop.FhirReport;
import org.spasmcheck.report.ClinicianReport;
import org.spasmcheck.report.DiarySection;
import org.spasmcheck.report.PdfReport;
import org.spasmcheck.report.ReportSubject;

/** The clinician report of an assessment, as PDF and as a FHIR R4 Bundle, with the time it was made. */
public final class ClinicianReports {
    private final KnowledgeBase kb;
    private final Clock clock;

    /** @param clock the report's time and, by its zone, how dates are shown */
    public ClinicianReports(KnowledgeBase kb, Clock clock) {
        this.kb = kb;
        this.clock = clock;
    }

    /** The PDF; the diary section when a diary is given. */
    public byte[] pdf(SessionAssessment s, Optional<DiaryService.OpenedDiary> diary) {
        ReportSubject subject = new ReportSubject(s.id(), s.createdAt(), s.updatedAt(), clock.instant(), clock.getZone());
        Optional<DiarySection> section = diary.map(d -> new DiarySection(d.episodes(), d.patterns().asOf(),
                DiarySummary.lines(d.patterns()), DiarySummary.escalations(d.patterns())));
        return PdfReport.render(new ClinicianReport(s.assessment(), kb, subject, section));
    }

    /** The FHIR Bundle (QuestionnaireResponse, RiskAssessment, CarePlan) as JSON. */
    public String fhirJson(SessionAssessment s) {
        return FhirReport.json(FhirReport.bundle(s.assessment(), kb,
                new org.spasmcheck.interop.ReportSubject(s.id(), s.createdAt(), s.updatedAt(), clock.instant())));
    }
}
