package org.spasmcheck.bench.load;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spasmcheck.bench.Bounds;
import org.spasmcheck.bench.ScratchDirectory;
import org.spasmcheck.bench.SuiteMode;
import org.spasmcheck.bench.Vignette;
import org.spasmcheck.bench.storage.DurablePostgres;
import org.spasmcheck.store.Database;

/**
 * The HTTP load suite: each scenario at concurrency 1, 8 and 64 (closed loop, warm-up not recorded), beside the echo
 * floor measured just before them at the same concurrency. Scenarios: the echo floor, {@code POST /api/v1/assess}
 * with the development vignettes' evidence, a whole stateful interview on SQLite (a temporary file, the product's
 * durability) and on PostgreSQL (embedded, fsync and synchronous_commit on), the web result page and the PDF report.
 * The driver runs in the same JVM as the server, on the same cores: the client's share of CPU is reported.
 *
 * <p>Run from the repository root after {@code mvn -pl spasmcheck-bench -am package -DskipTests}:
 * {@code java -cp spasmcheck-bench/target/benchmarks.jar org.spasmcheck.bench.load.LoadSuite [full|smoke]}
 * (full takes about 6 minutes).
 */
public final class LoadSuite {
    static final String FLOOR = "echo";
    static final String STATELESS = "-";

    /** How much each mode runs. */
    record Plan(List<Integer> concurrency, Bounds warmUp, Bounds measured) {
        static Plan of(SuiteMode mode) {
            return switch (mode) {
                case FULL -> new Plan(List.of(1, 8, 64), Bounds.of(100_000, Duration.ofSeconds(3)),
                        Bounds.of(500_000, Duration.ofSeconds(15)));
                case SMOKE -> new Plan(List.of(1, 8), Bounds.of(2, Duration.ofSeconds(5)),
                        Bounds.of(8, Duration.ofSeconds(10)));
            };
        }
    }

    /**
     * @param idleHeapMegabytes  heap in use after a full GC with the SQLite server started and idle (this JVM also
     *                           holds the driver, so it is an upper bound for the server)
     * @param postgresDurability the durability settings the PostgreSQL server reported
     */
    public record Report(List<LoadFigure> figures, double idleHeapMegabytes, Map<String, String> postgresDurability) {
    }

    private final Plan plan;
    private final LoadDriver driver = new LoadDriver();

    LoadSuite(Plan plan) {
        this.plan = plan;
    }

    public static Report run(SuiteMode mode) {
        return new LoadSuite(Plan.of(mode)).run(Vignette.development());
    }

    Report run(List<Vignette> vignettes) {
        try (ScratchDirectory dir = ScratchDirectory.create("spasmcheck-load");
             BenchServer sqlite = BenchServer.start(Database.open(Database.defaultSqliteUrl(dir.path())))) {
            double idleHeap = heapAfterGcMegabytes();
            try (DurablePostgres postgres = DurablePostgres.start();
                 BenchServer onPostgres = BenchServer.start(Database.open(postgres.newDatabaseUrl()))) {
                List<LoadFigure> figures = new ArrayList<>();
                Scenario echo = new PostScenario(FLOOR, sqlite.baseUri(), EchoRoute.PATH, assessBodies(vignettes));
                List<Measured> scenarios = scenarios(sqlite, onPostgres, vignettes);
                for (int concurrency : plan.concurrency()) {
                    figures.addAll(atConcurrency(echo, scenarios, concurrency));
                }
                return new Report(figures, idleHeap, postgres.durability());
            }
        }
    }

    /** A scenario and the database its requests use. */
    private record Measured(Scenario scenario, String database) {
    }

    private static List<Measured> scenarios(BenchServer sqlite, BenchServer onPostgres, List<Vignette> vignettes) {
        URI base = sqlite.baseUri();
        FinishedAssessment finished = FinishedAssessment.create(base, vignettes);
        return List.of(
                new Measured(new PostScenario("assess", base, "/api/v1/assess", assessBodies(vignettes)), STATELESS),
                new Measured(new InterviewScenario(base, vignettes), sqlite.databaseKind()),
                new Measured(new InterviewScenario(onPostgres.baseUri(), vignettes), onPostgres.databaseKind()),
                new Measured(new GetScenario("result page", base, finished.resultPage(), finished.cookieHeader()),
                        sqlite.databaseKind()),
                new Measured(new GetScenario("pdf report", base, finished.reportPdf(), finished.bearerHeader()),
                        sqlite.databaseKind()));
    }

    /** The floor, then each scenario, at one concurrency; the floor is the first figure. */
    private List<LoadFigure> atConcurrency(Scenario echo, List<Measured> scenarios, int concurrency) {
        LoadResult floor = measure(echo, concurrency);
        List<LoadFigure> figures = new ArrayList<>();
        figures.add(LoadFigure.of(FLOOR, STATELESS, concurrency, floor, floor));
        for (Measured m : scenarios) {
            figures.add(LoadFigure.of(m.scenario().name(), m.database(), concurrency, measure(m.scenario(), concurrency),
                    floor));
        }
        return figures;
    }

    private LoadResult measure(Scenario scenario, int concurrency) {
        System.err.printf(Locale.ROOT, "load: %s at concurrency %d%n", scenario.name(), concurrency);
        return driver.closedLoop(scenario, concurrency, plan.warmUp(), plan.measured());
    }

    /** {"evidence": ...} of each vignette: the assess requests, and the echo floor's (the same bytes to parse). */
    private static List<byte[]> assessBodies(List<Vignette> vignettes) {
        return vignettes.stream()
                .map(v -> Requests.bytes(Requests.JSON.createObjectNode().set("evidence", v.evidence())))
                .toList();
    }

    private static double heapAfterGcMegabytes() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    public static void main(String[] args) {
        SuiteMode mode = SuiteMode.fromArgs(args);
        Report report = run(mode);
        System.out.print(table(report));
    }

    static String table(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %-10s %5s %9s %6s %9s %7s %8s %8s %9s %8s %6s %6s %6s%n",
                "scenario", "database", "conc", "requests", "sec", "req/s", "x floor", "p50 ms", "p99 ms",
                "p99.9 ms", "max ms", "p99 x", "errors", "client"));
        for (LoadFigure f : report.figures()) {
            out.append(String.format(Locale.ROOT,
                    "%-12s %-10s %5d %9d %6.1f %9.0f %7.2f %8.3f %8.3f %9.3f %8.3f %6.1f %6d %5.0f%%%n",
                    f.scenario(), f.database(), f.concurrency(), f.requests(), f.seconds(), f.throughput(),
                    f.ratioToFloor(), f.p50Millis(), f.p99Millis(), f.p999Millis(), f.maxMillis(), f.p99ToFloor(),
                    f.errors(), 100 * f.clientCpuShare()));
        }
        out.append(String.format(Locale.ROOT, "x floor: throughput / echo floor's at the same concurrency; p99 x: p99 /"
                + " echo floor's; client: the driver's share of the process's CPU (same JVM, same cores).%n"));
        report.figures().stream().filter(f -> f.errors() > 0).forEach(f -> out.append(String.format(Locale.ROOT,
                "Errors of %s on %s at %d: %d, the first: %s%n", f.scenario(), f.database(), f.concurrency(),
                f.errors(), f.firstError())));
        out.append(String.format(Locale.ROOT, "PostgreSQL durability: %s%n", report.postgresDurability()));
        out.append(String.format(Locale.ROOT, "Heap used after full GC, SQLite server idle (driver in the same JVM):"
                + " %.1f MB (goal: server idle heap < 128 MB)%n", report.idleHeapMegabytes()));
        report.figures().stream().filter(f -> "assess".equals(f.scenario()) && f.concurrency() == 8).findFirst()
                .ifPresent(f -> out.append(String.format(Locale.ROOT, "Goal, assess at concurrency 8: throughput %.2f x"
                        + " floor (goal >= 0.70), p99 %.3f ms (goal <= 5 ms, 100 x under the 500 ms of CDS Hooks)%n",
                        f.ratioToFloor(), f.p99Millis())));
        return out.toString();
    }
}
