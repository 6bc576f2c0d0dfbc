package org.spasmcheck.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The soak's short mode (issue 6, item 4): interview requests at a fixed rate on SQLite in three short windows, with no
 * error and no heap growth between the first and the last window. The long mode is {@link Soak#main} (see
 * docs/RELIABILITY.md for its figures). The rate is low so that a busy CI machine still keeps up: the check is that
 * nothing fails or leaks, never a speed.
 */
class SoakTest {
    private static final int WINDOWS = 3;
    private static final Duration WINDOW = Duration.ofSeconds(5);
    private static final double REQUESTS_PER_SECOND = 4;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void shortSoak_answersEveryRequest_andTheHeapDoesNotGrow() {
        Soak.Result r = Soak.run(WINDOWS, WINDOW, REQUESTS_PER_SECOND);

        assertThat(r.errors()).as("errors (first: %s)", r.firstError()).isZero();
        // Half the planned requests at least: the soak really ran.
        assertThat(r.requests()).isGreaterThanOrEqualTo((long) (WINDOWS * WINDOW.toSeconds() * REQUESTS_PER_SECOND / 2));
        assertThat(r.firstWindowHeapBytes()).isPositive();
        assertThat(r.held()).as("held: growth %d bytes from %d", r.growthBytes(), r.firstWindowHeapBytes()).isTrue();
    }

    @Test
    void aSoak_fails_onOneError() {
        assertThat(result(1, 50_000_000L, 50_000_000L).held()).isFalse();
    }

    @Test
    void aSoak_fails_whenTheHeapGrowsBeyondNoise() {
        long first = 40L * 1024 * 1024;
        assertThat(result(0, first, first + Soak.GROWTH_ALLOWANCE_BYTES + 1).held()).isFalse();
        assertThat(result(0, first, first + Soak.GROWTH_ALLOWANCE_BYTES).held()).isTrue();
    }

    @Test
    void theNoiseAllowance_scalesWithALargeHeap() {
        long first = 200L * 1024 * 1024;
        assertThat(result(0, first, first + first / 10).held()).isTrue();
        assertThat(result(0, first, first + first / 10 + 1).held()).isFalse();
    }

    private static Soak.Result result(long errors, long firstHeap, long lastHeap) {
        return new Soak.Result(3, WINDOW, 1, 100, 10, errors, errors == 0 ? null : "boom", firstHeap, lastHeap, 10);
    }
}
