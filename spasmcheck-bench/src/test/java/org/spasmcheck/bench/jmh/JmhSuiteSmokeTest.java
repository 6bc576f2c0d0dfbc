package org.spasmcheck.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.RunnerException;
import org.spasmcheck.bench.SuiteMode;

/** The smoke mode of the JMH suite: proves the harness and every benchmark run; never judges a speed. */
class JmhSuiteSmokeTest {
    /** The benchmarks issue 5 asks for, each with its parameter sets. */
    private static final List<String> EXPECTED = List.of(
            "KnowledgeBaseLoadBench.load {}",
            "AssessRequestParseBench.parseRequest {vignette=dev-dpn-01}",
            "AssessRequestParseBench.parseRequest {vignette=dev-dvt-02}",
            "AssessRequestParseBench.parseRequest {vignette=dev-nlc-02}",
            "AssessRequestParseBench.readTree {vignette=dev-dpn-01}",
            "AssessRequestParseBench.readTree {vignette=dev-dvt-02}",
            "AssessRequestParseBench.readTree {vignette=dev-nlc-02}",
            "AssessBench.assess {vignette=dev-dpn-01}",
            "AssessBench.assess {vignette=dev-dvt-02}",
            "AssessBench.assess {vignette=dev-nlc-02}",
            "NextQuestionBench.next {stage=EARLY}",
            "NextQuestionBench.next {stage=MID}",
            "InterviewBench.interview {vignette=dev-ckd-01}",
            "InterviewBench.interview {vignette=dev-dpn-01}",
            "InterviewBench.interview {vignette=dev-dvt-02}",
            "DiaryAnalysisBench.analyze {}",
            "PdfReportBench.render {}");

    private static List<JmhSuite.Row> rows;

    @BeforeAll
    static void runSmokeSuite() throws RunnerException {
        rows = JmhSuite.run(SuiteMode.SMOKE);
    }

    @Test
    void smoke_runsEveryBenchmarkWithEachParameterSet() {
        assertThat(rows).extracting(r -> r.benchmark() + " " + r.params()).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void smoke_everyRowHasAFinitePositiveScoreInTimePerOperation() {
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.score()).as(r.benchmark()).isFinite().isPositive();
            assertThat(r.mode()).as(r.benchmark()).isEqualTo("avgt");
            assertThat(r.unit()).as(r.benchmark()).endsWith("/op");
        });
    }

    @Test
    void smoke_everyRowHasTheAllocationPerOperationOfTheGcProfiler() {
        assertThat(rows).allSatisfy(r -> assertThat(r.allocatedBytesPerOp()).as(r.benchmark()).isFinite().isPositive());
    }

    @Test
    void table_hasAHeaderAndOneLinePerRow() {
        List<String> lines = JmhSuite.table(rows).lines().toList();

        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(lines.get(0)).contains("Benchmark", "Score", "Alloc B/op");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("AssessBench.assess", "vignette=dev-nlc-02", "us/op"));
    }
}
