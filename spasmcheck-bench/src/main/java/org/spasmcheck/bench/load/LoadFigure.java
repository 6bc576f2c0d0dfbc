package org.spasmcheck.bench.load;

/**
 * One row of the load suite: a scenario at one concurrency, beside the echo floor measured at the same concurrency.
 *
 * @param database     the database the scenario's requests use ("-" for stateless routes)
 * @param throughput   successful requests per second
 * @param ratioToFloor throughput divided by the echo floor's at the same concurrency (1 for the floor itself)
 * @param p99ToFloor   p99 latency divided by the echo floor's (how many times slower its slow requests are)
 * @param firstError   what the first error was (status and path, or the exception), null if none
 */
public record LoadFigure(String scenario, String database, int concurrency, long requests, double seconds,
                         double throughput, double p50Millis, double p99Millis, double p999Millis, double maxMillis,
                         long errors, double clientCpuShare, double ratioToFloor, double p99ToFloor,
                         String firstError) {

    static LoadFigure of(String scenario, String database, int concurrency, LoadResult r, LoadResult floor) {
        return new LoadFigure(scenario, database, concurrency, r.requests(), r.seconds(), r.throughput(),
                r.p50Millis(), r.p99Millis(), r.p999Millis(), r.maxMillis(), r.errors(), r.clientCpuShare(),
                ratio(r.throughput(), floor.throughput()), ratio(r.p99Millis(), floor.p99Millis()),
                r.firstError());
    }

    private static double ratio(double value, double floor) {
        return floor > 0 ? value / floor : Double.NaN;
    }
}
