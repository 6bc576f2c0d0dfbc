package org.spasmcheck.bench.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.spasmcheck.bench.SuiteMode;

/** The smoke mode of the storage suite: every writer on both databases, bounded, with the answer log's durability. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StorageSuiteSmokeTest {
    private static StorageSuite.Plan plan;
    private static StorageSuite.Report report;

    @BeforeAll
    static void runSmoke() {
        plan = StorageSuite.Plan.of(SuiteMode.SMOKE);
        report = StorageSuite.run(SuiteMode.SMOKE);
    }

    @Test
    void everyWriter_runsOnBothDatabases_theFloorFirst() {
        assertThat(report.figures()).extracting(f -> f.database() + " " + f.path()).containsExactly(
                "sqlite raw insert floor", "sqlite raw insert+snapshot", "sqlite answer path",
                "postgresql raw insert floor", "postgresql raw insert+snapshot", "postgresql answer path");
    }

    @Test
    void everyWriter_stopsAtItsBound() {
        long bound = plan.rounds() * plan.round().maxRequests();

        assertThat(report.figures()).allSatisfy(f -> {
            assertThat(f.answers()).as(f.toString()).isEqualTo(bound);
            assertThat(f.perSecond()).as(f.toString()).isPositive();
        });
    }

    @Test
    void theFloors_areTheirOwnUnits() {
        assertThat(report.figures()).filteredOn(f -> f.path().equals("raw insert floor"))
                .allSatisfy(f -> assertThat(f.ratioToFloor()).isEqualTo(1.0));
        assertThat(report.figures()).filteredOn(f -> f.path().equals("raw insert+snapshot"))
                .allSatisfy(f -> assertThat(f.ratioToWrites()).isEqualTo(1.0));
    }

    @Test
    void bothDatabases_ranWithTheAnswerLogsDurability() {
        assertThat(report.durability().get("sqlite")).contains("journal_mode=wal", "synchronous=FULL");
        assertThat(report.durability().get("postgresql"))
                .contains("fsync=on", "synchronous_commit=on", "full_page_writes=on");
    }
}
