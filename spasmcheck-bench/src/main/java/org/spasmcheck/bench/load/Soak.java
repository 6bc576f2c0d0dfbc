package org.spasmcheck.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spasmcheck.bench.Bounds;
import org.spasmcheck.bench.ScratchDirectory;
import org.spasmcheck.bench.Vignette;
import org.spasmcheck.store.Database;

/**
 * The soak: whole interviews on the server's embedded default (SQLite), their requests (create, then one answer at a
 * time) sent at a fixed rate for a bounded time, cut into windows. Counts every error, and reads the heap after a full
 * collection at the end of the first and of the last window: a leak shows as growth between them. Each window starts
 * fresh interviews, so those still open at its end are left unfinished, as people leave them. The driver runs in the same JVM; its own memory is a fixed-size
 * histogram per window, so it cannot hide or fake growth.
 *
 * <p>Long mode: {@code java -cp spasmcheck-bench/target/benchmarks.jar org.spasmcheck.bench.load.Soak 10 20}
 * (10 windows of a minute, 20 requests a second). The test suite runs a short mode ({@code SoakTest}).
 */
public final class Soak {
    /** Growth allowed between the first and the last window: noise of the collector, not a leak. */
    public static final long GROWTH_ALLOWANCE_BYTES = 8L * 1024 * 1024;
    private static final int MAX_IN_FLIGHT = 64;

    /** What a soak found. */
    public record Result(int windows, Duration window, double requestsPerSecond, long requests, long interviewsFinished,
                         long errors, String firstError, long firstWindowHeapBytes, long lastWindowHeapBytes, double worstP99Millis) {
        public long growthBytes() {
            return lastWindowHeapBytes - firstWindowHeapBytes;
        }

        public boolean held() {
            return errors == 0 && growthBytes() <= Math.max(GROWTH_ALLOWANCE_BYTES, firstWindowHeapBytes / 10);
        }
    }

    private Soak() {
    }

    public static Result run(int windows, Duration window, double requestsPerSecond) {
        if (windows < 2) {
            throw new IllegalArgumentException("windows: at least 2 (a first and a last), got " + windows);
        }
        LoadDriver driver = new LoadDriver();
        List<LoadResult> results = new ArrayList<>();
        long firstHeap = 0;
        long lastHeap = 0;
        long finished;
        try (ScratchDirectory dir = ScratchDirectory.create("spasmcheck-soak");
             BenchServer server = BenchServer.start(Database.open(Database.defaultSqliteUrl(dir.path())))) {
            InterviewScenario interviews = new InterviewScenario(server.baseUri(), Vignette.development());
            for (int w = 0; w < windows; w++) {
                // Bounded in requests too: a stalled server cannot make the window run on.
                long most = (long) Math.ceil(requestsPerSecond * window.toSeconds() * 2) + 1;
                results.add(driver.fixedRate(interviews, requestsPerSecond, Bounds.of(most, window), MAX_IN_FLIGHT));
                long heap = heapAfterFullGc();
                if (w == 0) {
                    firstHeap = heap;
                }
                lastHeap = heap;
            }
            finished = interviews.interviewsFinished();
        }
        long requests = results.stream().mapToLong(LoadResult::requests).sum();
        long errors = results.stream().mapToLong(LoadResult::errors).sum();
        String firstError = results.stream().map(LoadResult::firstError).filter(e -> e != null).findFirst().orElse(null);
        double worstP99 = results.stream().mapToDouble(LoadResult::p99Millis).max().orElse(Double.NaN);
        return new Result(windows, window, requestsPerSecond, requests, finished, errors, firstError, firstHeap,
                lastHeap, worstP99);
    }

    private static long heapAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) {
        int windows = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        Result r = run(windows, Duration.ofMinutes(1), rate);
        System.out.printf(Locale.ROOT, "soak: %d windows of %s at %.0f requests/s: %d requests, %d interviews finished,"
                        + " %d errors%s; heap after full GC %.1f MiB (first window) -> %.1f MiB (last), growth %.1f MiB;"
                        + " worst p99 %.1f ms; %s%n",
                r.windows(), r.window(), r.requestsPerSecond(), r.requests(), r.interviewsFinished(), r.errors(),
                r.firstError() == null ? "" : " (first: " + r.firstError() + ")", r.firstWindowHeapBytes() / 1048576.0,
                r.lastWindowHeapBytes() / 1048576.0, r.growthBytes() / 1048576.0, r.worstP99Millis(),
                r.held() ? "held" : "FAILED");
        System.exit(r.held() ? 0 : 1);
    }
}
