package org.spasmcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.report.ReportFixtures.KB;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.model.Value;

/**
 * Writes sample reports to target/report-samples for a human to look at (for example with
 * {@code pdftoppm -r 60 -png}); the other tests check their content.
 */
class ReportSamplesTest {
    @Test
    void samples_areWrittenForReview() throws IOException {
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        write(dir.resolve("nocturnal-with-diary.pdf"), new ClinicianReport(ReportFixtures.assess(
                ReportFixtures.vignette("dev-nlc-01").with("med_statin", Value.UNKNOWN)), KB,
                ReportFixtures.subject("nlc-0001"),
                Optional.of(ReportFixtures.diary(ReportFixtures.nocturnalDiary(60, 56, 7)))));
        write(dir.resolve("dvt-emergency.pdf"), new ClinicianReport(
                ReportFixtures.assess(ReportFixtures.vignette("dev-dvt-03")), KB, ReportFixtures.subject("dvt-0002"),
                Optional.empty()));
        write(dir.resolve("everything-answered.pdf"), new ClinicianReport(
                ReportFixtures.assess(ReportFixtures.everyFindingAnswered(11)), KB, ReportFixtures.subject("big-0003"),
                Optional.of(ReportFixtures.diary(ReportFixtures.nocturnalDiary(400, 365, 3)))));
    }

    private static void write(Path file, ClinicianReport report) throws IOException {
        Files.write(file, PdfReport.render(report));
        assertThat(file).isNotEmptyFile();
    }
}
