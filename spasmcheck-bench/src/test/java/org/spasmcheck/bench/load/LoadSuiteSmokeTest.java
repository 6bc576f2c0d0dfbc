package org.spasmcheck.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.spasmcheck.bench.SuiteMode;

/** The smoke mode of the load suite: every scenario runs, bounded, without errors. It checks the harness, never a speed. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LoadSuiteSmokeTest {
    private static LoadSuite.Plan plan;
    private static LoadSuite.Report report;

    @BeforeAll
    static void runSmoke() {
        plan = LoadSuite.Plan.of(SuiteMode.SMOKE);
        report = LoadSuite.run(SuiteMode.SMOKE);
    }

    @Test
    void everyScenario_runsAtEveryConcurrency_onItsDatabase() {
        List<String> expected = plan.concurrency().stream().flatMap(c -> List.of(
                "echo - " + c, "assess - " + c, "interview sqlite " + c, "interview postgresql " + c,
                "result page sqlite " + c, "pdf report sqlite " + c).stream()).toList();

        assertThat(report.figures()).extracting(f -> f.scenario() + " " + f.database() + " " + f.concurrency())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void everyRun_staysWithinItsRequestBound_andRecordsEveryRequestWithoutErrors() {
        assertThat(report.figures()).allSatisfy(f -> {
            assertThat(f.requests()).as(f.toString()).isPositive().isLessThanOrEqualTo(plan.measured().maxRequests());
            assertThat(f.errors()).as(f.toString()).isZero();
            assertThat(f.throughput()).as(f.toString()).isPositive();
            assertThat(f.p50Millis()).as(f.toString()).isPositive();
        });
    }

    @Test
    void everyFigure_isSetBesideTheEchoFloorOfItsConcurrency() {
        for (LoadFigure f : report.figures()) {
            LoadFigure floor = report.figures().stream()
                    .filter(x -> x.scenario().equals("echo") && x.concurrency() == f.concurrency()).findFirst().orElseThrow();
            assertThat(f.ratioToFloor()).as(f.toString()).isCloseTo(f.throughput() / floor.throughput(),
                    Percentage.withPercentage(1e-6));
        }
    }

    @Test
    void postgresql_ranWithProductionDurability() {
        assertThat(report.postgresDurability())
                .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on");
    }

    @Test
    void table_hasARowPerFigure_andStatesTheGoals() {
        String table = LoadSuite.table(report);

        assertThat(table.lines().filter(l -> l.matches("^(echo|assess|interview|result page|pdf report) .*")))
                .hasSize(report.figures().size());
        assertThat(table).contains("Goal, assess at concurrency 8").doesNotContain("NaN");
    }
}
