package org.spasmcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.report.ReportFixtures.KB;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.report.chart.DiaryCharts;
import org.spasmcheck.report.chart.SvgChart;

/**
 * Writes sample reports and charts to target/report-samples for a human to look at (for example with
 * {@code pdftoppm -r 60 -png} and {@code rsvg-convert}); the other tests check their content.
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

    @Test
    void svgSamples_areWrittenForReview() throws IOException {
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        List<Episode> diary = ReportFixtures.nocturnalDiary(60, 56, 7);
        Files.writeString(dir.resolve("per-week.svg"), SvgChart.svg(DiaryCharts.perWeek(diary, ReportFixtures.AS_OF, 8)));
        Files.writeString(dir.resolve("by-time-of-day.svg"), SvgChart.svg(DiaryCharts.byTimeOfDay(diary)));
        Files.writeString(dir.resolve("by-site.svg"), SvgChart.svg(DiaryCharts.bySite(diary,
                DiaryBlock.siteLabel(KB))));
    }

    private static void write(Path file, ClinicianReport report) throws IOException {
        Files.write(file, PdfReport.render(report));
        assertThat(file).isNotEmptyFile();
    }
}
