package org.spasmcheck.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the HttpClient's own threads (named "HttpClient-...") and of the whole process, so that a run can say
 * how much of the machine the client took. The virtual users count their own CPU time (their threads end before
 * the run does).
 */
final class ClientCpu {
    private static final String HTTP_CLIENT_THREADS = "HttpClient-";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<Long, Long> httpClientNanos;
    private final long processNanos;

    private ClientCpu(Map<Long, Long> httpClientNanos, long processNanos) {
        this.httpClientNanos = httpClientNanos;
        this.processNanos = processNanos;
    }

    static ClientCpu now() {
        Map<Long, Long> nanos = new HashMap<>();
        for (ThreadInfo t : THREADS.dumpAllThreads(false, false)) {
            if (t.getThreadName().startsWith(HTTP_CLIENT_THREADS)) {
                nanos.put(t.getThreadId(), Math.max(0, THREADS.getThreadCpuTime(t.getThreadId())));
            }
        }
        return new ClientCpu(nanos, OS.getProcessCpuTime());
    }

    /** CPU time of the current thread so far (0 where the JVM does not measure it). */
    static long currentThreadNanos() {
        return Math.max(0, THREADS.getCurrentThreadCpuTime());
    }

    /** The client's share of the process's CPU time from {@code start} to this snapshot. */
    double shareSince(ClientCpu start, long virtualUserNanos) {
        long client = virtualUserNanos;
        for (Map.Entry<Long, Long> t : httpClientNanos.entrySet()) {
            client += t.getValue() - start.httpClientNanos.getOrDefault(t.getKey(), 0L);
        }
        long process = processNanos - start.processNanos;
        return process > 0 ? Math.min(1, (double) client / process) : 0;
    }
}
