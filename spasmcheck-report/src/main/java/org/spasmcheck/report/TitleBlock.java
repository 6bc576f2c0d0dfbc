package org.spasmcheck.report;

import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.model.KnowledgeBase;

/** The title: which assessment, when, and which knowledge base produced it (every output names its knowledge). */
final class TitleBlock {
    static final String TITLE = "spasmcheck clinician report";

    private TitleBlock() {
    }

    static void write(PageCursor out, ClinicianReport report) {
        ReportSubject s = report.subject();
        Assessment a = report.assessment();
        KnowledgeBase kb = report.kb();
        out.paragraph(TextStyle.TITLE, TITLE, 0);
        out.gap(2);
        out.paragraph(TextStyle.BODY_BOLD, "Assessment " + s.assessmentId(), 0);
        out.paragraph(TextStyle.BODY, "Started " + Formats.minute(s.createdAt(), s.zone()) + " \u00b7 last answer "
                + Formats.minute(s.updatedAt(), s.zone()) + " \u00b7 report generated "
                + Formats.minute(s.generatedAt(), s.zone()) + " (" + s.zone().getId() + ")", 0);
        out.paragraph(TextStyle.BODY, "Knowledge base " + kb.id() + " version " + a.knowledgeBaseVersion()
                + " \u00b7 SHA-256 " + Formats.hash(a.knowledgeBaseHash()), 0);
        if (!kb.contentHash().equals(a.knowledgeBaseHash())) {
            out.paragraph(TextStyle.BODY_BOLD, "Question wording and labels are from knowledge base version "
                    + kb.version() + " (SHA-256 " + Formats.hash(kb.contentHash())
                    + "), not the one that produced this assessment.", 0);
        }
        out.gap(2);
        out.paragraph(TextStyle.SMALL, "Probabilities are shares of the differential, \"other cause\" included. "
                + "LR = likelihood ratio the engine applied for the answer. Keys in brackets are knowledge-base "
                + "sources; \"estimate\" marks a number the authors estimated. Questions were worded for the person.",
                0);
    }
}
