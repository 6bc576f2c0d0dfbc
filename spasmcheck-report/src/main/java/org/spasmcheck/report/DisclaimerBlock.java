package org.spasmcheck.report;

/** The knowledge base's own statement that this is not a diagnosis; always the last section. */
final class DisclaimerBlock {
    static final String HEADING = "Not a diagnosis";

    private DisclaimerBlock() {
    }

    static void write(PageCursor out, ClinicianReport report) {
        out.heading(HEADING);
        out.paragraph(TextStyle.BODY, report.kb().disclaimer().strip(), 0);
    }
}
