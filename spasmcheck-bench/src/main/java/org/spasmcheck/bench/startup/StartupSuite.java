package org.spasmcheck.bench.startup;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The start-up and idle figures: the command line's cold start beside a hello-world jar, and the idle server's heap.
 * Run alone: {@code java -cp spasmcheck-bench/target/benchmarks.jar org.spasmcheck.bench.startup.StartupSuite}.
 */
public final class StartupSuite {
    /** FULL for the figures; SMOKE to prove the harness works. */
    public enum Mode { FULL, SMOKE }

    /** What one run found. */
    public record Result(List<StartupTime> coldStarts, IdleHeap idleHeap) {
    }

    private StartupSuite() {
    }

    public static Result run(Mode mode) throws IOException, InterruptedException {
        boolean full = mode == Mode.FULL;
        List<StartupTime> coldStarts = ColdStart.measure(full ? 15 : 1);
        IdleHeap idle = IdleServer.measure(full ? Duration.ofSeconds(10) : Duration.ofMillis(200));
        return new Result(coldStarts, idle);
    }

    public static void main(String[] args) throws Exception {
        Result result = run(args.length > 0 && args[0].equals("--smoke") ? Mode.SMOKE : Mode.FULL);
        result.coldStarts().forEach(t -> System.out.printf("%-60s median %6.0f ms  min %6.0f ms  %5.2f x floor%n",
                t.command(), t.medianMillis(), t.minMillis(), t.ratioToFloor()));
        IdleHeap heap = result.idleHeap();
        System.out.printf("idle server: live heap %.1f MB, committed %.1f MB, resident %.1f MB%n",
                heap.usedAfterFullGcBytes() / 1e6, heap.committedBytes() / 1e6, heap.residentBytes() / 1e6);
    }
}
