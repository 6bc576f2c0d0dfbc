package org.spasmcheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The clinician report as a PDF of one to three A4 pages: title, Triage, Differential, Suggested workup, Answers,
 * Diary (only when there is one) and Not a diagnosis, in that order. Technical text for a clinician: every
 * likelihood ratio, rule and test carries its knowledge-base source keys.
 *
 * <p>It fits three pages by showing fewer items of the long lists ({@link Limits}): each preset is tried in turn
 * and the first that fits is kept. Should even the shortest not fit (a very long rule or diary text), the shortest
 * is returned rather than no report at all.
 *
 * <p>Deterministic: the same report gives the same bytes. All times come from {@link ReportSubject}; the PDF's
 * dates and its document id are derived from {@code generatedAt}.
 */
public final class PdfReport {
    /** A clinician reads a referral letter's attachment in minutes; three pages is what it may take. */
    public static final int MAX_PAGES = 3;
    static final String PRODUCER = "spasmcheck-report (Apache PDFBox)";

    private PdfReport() {
    }

    public static byte[] render(ClinicianReport report) {
        try {
            for (int i = 0; ; i++) {
                Limits limits = Limits.PRESETS.get(i);
                try (PDDocument doc = layout(report, limits)) {
                    if (doc.getNumberOfPages() <= MAX_PAGES || i == Limits.PRESETS.size() - 1) {
                        return save(doc, report);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the clinician report", e);
        }
    }

    private static PDDocument layout(ClinicianReport report, Limits limits) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PageCursor out = new PageCursor(doc, ReportFonts.load(doc));
            TitleBlock.write(out, report);
            TriageBlock.write(out, report, limits);
            DifferentialBlock.write(out, report, limits);
            WorkupBlock.write(out, report, limits);
            AnswersBlock.write(out, report, limits);
            report.diary().ifPresent(d -> DiaryBlock.write(out, report, d, limits));
            DisclaimerBlock.write(out, report);
            out.finish(footer(report));
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private static String footer(ClinicianReport report) {
        return TitleBlock.TITLE + " \u00b7 assessment " + report.subject().assessmentId() + " \u00b7 knowledge base "
                + report.assessment().knowledgeBaseVersion() + " (" + Formats.hash(report.assessment().knowledgeBaseHash())
                + ") \u00b7 not a diagnosis";
    }

    private static byte[] save(PDDocument doc, ClinicianReport report) throws IOException {
        ReportSubject s = report.subject();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(TitleBlock.TITLE + " " + s.assessmentId());
        info.setSubject("Assessment " + s.assessmentId() + ", knowledge base "
                + report.assessment().knowledgeBaseVersion() + " (" + report.assessment().knowledgeBaseHash() + ")");
        info.setCreator("spasmcheck");
        info.setProducer(PRODUCER);
        GregorianCalendar generated = GregorianCalendar.from(s.generatedAt().atZone(s.zone()));
        info.setCreationDate(generated);
        info.setModificationDate(generated);
        // The trailer id is otherwise hashed from the wall clock; from generatedAt it is reproducible.
        doc.setDocumentId(s.generatedAt().toEpochMilli());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        doc.save(bytes);
        return bytes.toByteArray();
    }
}
