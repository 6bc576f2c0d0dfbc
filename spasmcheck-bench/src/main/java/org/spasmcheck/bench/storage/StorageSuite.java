package org.spasmcheck.bench.storage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.spasmcheck.bench.Bounds;
import org.spasmcheck.bench.ScratchDirectory;
import org.spasmcheck.bench.SuiteMode;
import org.spasmcheck.bench.Vignette;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.store.Database;

/**
 * The storage floor: on SQLite (a temporary file, the store's own settings) and on PostgreSQL (embedded, fsync and
 * synchronous_commit on), the raw JDBC insert of one answer row per transaction beside the real answer path
 * ({@link AnswerPath}), single-threaded, one answer at a time. The two take turns in rounds on the same database, so a
 * disk that is slower for a while (other work on the machine) weighs on both alike. Goal: the answer path at least
 * 0.8 x the floor.
 *
 * <p>Run from the repository root after {@code mvn -pl spasmcheck-bench -am package -DskipTests}:
 * {@code java -cp spasmcheck-bench/target/benchmarks.jar org.spasmcheck.bench.storage.StorageSuite [full|smoke]}
 * (full takes about 2 minutes).
 */
public final class StorageSuite {
    static final double GOAL = 0.8;

    /** How much each mode runs: a warm-up turn of each (not counted), then the measured rounds. */
    record Plan(int rounds, Bounds warmUp, Bounds round) {
        static Plan of(SuiteMode mode) {
            return switch (mode) {
                case FULL -> new Plan(4, Bounds.of(20_000, Duration.ofSeconds(3)),
                        Bounds.of(100_000, Duration.ofSeconds(6)));
                case SMOKE -> new Plan(1, Bounds.of(2, Duration.ofSeconds(5)), Bounds.of(8, Duration.ofSeconds(10)));
            };
        }
    }

    /** @param durability per database, its durability settings as the database itself reports them */
    public record Report(List<StorageFigure> figures, Map<String, String> durability) {
    }

    private final Plan plan;
    private final KnowledgeBase kb = YamlKnowledgeBaseLoader.shipped();

    StorageSuite(Plan plan) {
        this.plan = plan;
    }

    public static Report run(SuiteMode mode) {
        return new StorageSuite(Plan.of(mode)).run(Vignette.development());
    }

    Report run(List<Vignette> vignettes) {
        List<StorageFigure> figures = new ArrayList<>();
        Map<String, String> durability = new LinkedHashMap<>();
        try (ScratchDirectory dir = ScratchDirectory.create("spasmcheck-storage");
             Database sqlite = Database.open(Database.defaultSqliteUrl(dir.path()))) {
            durability.put(sqlite.kind(), Durability.of(sqlite));
            figures.addAll(compare(sqlite, vignettes));
        }
        try (DurablePostgres postgres = DurablePostgres.start();
             Database database = Database.open(postgres.newDatabaseUrl())) {
            durability.put(database.kind(), Durability.of(database));
            figures.addAll(compare(database, vignettes));
        }
        return new Report(figures, durability);
    }

    private List<StorageFigure> compare(Database database, List<Vignette> vignettes) {
        try (AnswerWriter floor = new RawInsertFloor(database);
             AnswerWriter path = new AnswerPath(kb, database, vignettes)) {
            measure(floor, plan.warmUp(), new Timing());
            measure(path, plan.warmUp(), new Timing());
            Timing floorTiming = new Timing();
            Timing pathTiming = new Timing();
            for (int round = 0; round < plan.rounds(); round++) {
                measure(floor, plan.round(), floorTiming);
                measure(path, plan.round(), pathTiming);
            }
            return List.of(floorTiming.figure(database.kind(), floor.name(), floorTiming),
                    pathTiming.figure(database.kind(), path.name(), floorTiming));
        }
    }

    private static void measure(AnswerWriter writer, Bounds bounds, Timing timing) {
        long deadline = System.nanoTime() + bounds.maxDuration().toNanos();
        for (long n = 0; n < bounds.maxRequests() && System.nanoTime() - deadline < 0; n++) {
            writer.prepare();
            long start = System.nanoTime();
            writer.write();
            timing.add(System.nanoTime() - start);
        }
    }

    /** The write times of one writer over the rounds. */
    private static final class Timing {
        private final Histogram nanos = new Histogram(3);
        private long totalNanos;

        void add(long elapsed) {
            nanos.recordValue(elapsed);
            totalNanos += elapsed;
        }

        double perSecond() {
            return totalNanos > 0 ? nanos.getTotalCount() / (totalNanos / 1e9) : 0;
        }

        StorageFigure figure(String database, String path, Timing floor) {
            return new StorageFigure(database, path, nanos.getTotalCount(), totalNanos / 1e9, perSecond(),
                    nanos.getValueAtPercentile(50) / 1e6, nanos.getValueAtPercentile(99) / 1e6,
                    floor.perSecond() > 0 ? perSecond() / floor.perSecond() : Double.NaN);
        }
    }

    public static void main(String[] args) {
        System.out.print(table(run(SuiteMode.fromArgs(args))));
    }

    static String table(Report report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %-17s %8s %7s %9s %8s %8s %7s%n",
                "database", "path", "answers", "sec", "answers/s", "p50 ms", "p99 ms", "x floor"));
        for (StorageFigure f : report.figures()) {
            out.append(String.format(Locale.ROOT, "%-10s %-17s %8d %7.2f %9.0f %8.3f %8.3f %7.2f%n", f.database(),
                    f.path(), f.answers(), f.seconds(), f.perSecond(), f.p50Millis(), f.p99Millis(), f.ratioToFloor()));
        }
        report.durability().forEach((database, settings) ->
                out.append(String.format(Locale.ROOT, "%s durability: %s%n", database, settings)));
        out.append(String.format(Locale.ROOT, "Goal: answer path >= %.1f x the raw insert floor on each database.%n", GOAL));
        return out.toString();
    }
}
