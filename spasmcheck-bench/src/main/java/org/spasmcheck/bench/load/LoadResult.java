package org.spasmcheck.bench.load;

import org.HdrHistogram.Histogram;

/**
 * What one measured run gave. Latencies are of successful requests only; for a fixed-rate run they are measured from
 * each request's intended start, so a stalled server shows as latency rather than as fewer requests.
 *
 * @param requests       requests sent (successful and failed)
 * @param errors         non-2xx responses and requests that failed (connection, timeout)
 * @param recorded       latencies in the histogram: the successful requests
 * @param seconds        from the first request's start to the last response
 * @param clientCpuShare the driver's share of this process's CPU time during the run (its virtual-user threads and
 *                       the HttpClient's threads): near 1 means the client, not the server, used the machine
 * @param firstError     what the first error was (status and path, or the exception), null if none
 */
public record LoadResult(long requests, long errors, long recorded, double seconds, double p50Millis,
                         double p99Millis, double p999Millis, double maxMillis, double clientCpuShare,
                         String firstError) {
    private static final double NANOS_PER_MILLI = 1e6;

    /** Successful requests per second. */
    public double throughput() {
        return seconds > 0 ? recorded / seconds : 0;
    }

    static LoadResult of(long requests, long errors, Histogram nanos, double seconds, double clientCpuShare,
                         String firstError) {
        return new LoadResult(requests, errors, nanos.getTotalCount(), seconds,
                millis(nanos.getValueAtPercentile(50)), millis(nanos.getValueAtPercentile(99)),
                millis(nanos.getValueAtPercentile(99.9)), millis(nanos.getMaxValue()), clientCpuShare, firstError);
    }

    private static double millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }
}
