package org.spasmcheck.bench.jmh;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.diary.DiaryAnalyzer;
import org.spasmcheck.engine.diary.DiaryPatterns;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.report.ClinicianReport;
import org.spasmcheck.report.DiarySection;
import org.spasmcheck.report.PdfReport;
import org.spasmcheck.report.ReportSubject;
import org.spasmcheck.server.service.DiarySummary;

/**
 * The clinician's PDF report ({@link PdfReport#render}) of the largest development vignette's assessment with a
 * year's diary section, built as the server's {@code ClinicianReports} builds it: layout, charts, embedded font
 * subsets and saving to bytes.
 *
 * <p>Run from the repository root: {@code java -jar spasmcheck-bench/target/benchmarks.jar PdfReportBench -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PdfReportBench {
    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    private static final Instant CREATED = Instant.parse("2026-11-30T08:40:00Z");
    private static final Instant UPDATED = Instant.parse("2026-11-30T08:52:00Z");
    private static final Instant GENERATED = Instant.parse("2026-11-30T09:15:00Z");

    private ClinicianReport report;

    @Setup
    public void setUp() {
        KnowledgeBase kb = BenchInputs.knowledgeBase();
        Assessment assessment = new Engine(kb).assess(new AssessmentRequest(
                BenchInputs.vignette(BenchInputs.LARGEST_VIGNETTE).evidence(), Audience.PATIENT, 0));
        List<Episode> year = DiaryYear.generate(DiaryYear.SEED, DiaryYear.AS_OF);
        DiaryPatterns patterns = new DiaryAnalyzer(kb).analyze(year, DiaryYear.AS_OF);
        DiarySection diary = new DiarySection(year, patterns.asOf(), DiarySummary.lines(patterns),
                DiarySummary.escalations(patterns));
        ReportSubject subject = new ReportSubject("bench-report", CREATED, UPDATED, GENERATED, ZONE);
        report = new ClinicianReport(assessment, kb, subject, Optional.of(diary));
    }

    @Benchmark
    public byte[] render() {
        return PdfReport.render(report);
    }
}
