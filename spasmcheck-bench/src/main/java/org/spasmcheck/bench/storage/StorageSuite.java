package org.spasmcheck.bench.storage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.spasmcheck.bench.Bounds;
import org.spasmcheck.bench.ScratchDirectory;
import org.spasmcheck.bench.SuiteMode;
import org.spasmcheck.bench.Vignette;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.store.Database;

/**
 * The storage floor: on SQLite (a temporary file, the store's own settings) and on PostgreSQL (embedded, fsync and
 * synchronous_commit on), the raw JDBC insert of one answer row per transaction ({@link RawInsertFloor}), the raw
 * transaction of the same rows that the answer path writes ({@link RawSnapshotFloor}) and the real answer path
 * ({@link AnswerPath}), single-threaded, one answer at a time. They take turns in rounds on the same database, so a
 * disk that is slower for a while (other work on the machine) weighs on all alike. Goal: the answer path at least
 * 0.8 x the raw insert floor.
 *
 * <p>Run from the repository root after {@code mvn -pl spasmcheck-bench -am package -DskipTests}:
 * {@code java -cp spasmcheck-bench/target/benchmarks.jar org.spasmcheck.bench.storage.StorageSuite [full|smoke]}
 * (full takes about 4 minutes).
 */
public final class StorageSuite {
    static final double GOAL = 0.8;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * How much each mode runs: the engine warmed up on its own (it is most of the answer path's CPU, and a slow disk
     * would otherwise leave it to the interpreter), a warm-up turn of each writer (not counted), then the measured
     * rounds.
     */
    record Plan(Bounds engineWarmUp, Bounds warmUp, int rounds, Bounds round) {
        static Plan of(SuiteMode mode) {
            return switch (mode) {
                case FULL -> new Plan(Bounds.of(20_000, Duration.ofSeconds(20)), Bounds.of(5_000, Duration.ofSeconds(10)),
                        4, Bounds.of(100_000, Duration.ofSeconds(5)));
                case SMOKE -> new Plan(Bounds.of(2, Duration.ofSeconds(5)), Bounds.of(2, Duration.ofSeconds(5)),
                        1, Bounds.of(8, Duration.ofSeconds(10)));
            };
        }
    }

    /**
     * @param durability    per database, its durability settings as the database itself reports them
     * @param snapshotChars the size of the result snapshot that the raw insert+snapshot floor writes
     */
    public record Report(List<StorageFigure> figures, Map<String, String> durability, int snapshotChars) {
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
        String snapshot = typicalSnapshot(vignettes);
        warmUpEngine(vignettes);
        try (ScratchDirectory dir = ScratchDirectory.create("spasmcheck-storage");
             Database sqlite = Database.open(Database.defaultSqliteUrl(dir.path()))) {
            durability.put(sqlite.kind(), Durability.of(sqlite));
            figures.addAll(compare(sqlite, vignettes, snapshot));
        }
        try (DurablePostgres postgres = DurablePostgres.start();
             Database database = Database.open(postgres.newDatabaseUrl())) {
            durability.put(database.kind(), Durability.of(database));
            figures.addAll(compare(database, vignettes, snapshot));
        }
        return new Report(figures, durability, snapshot.length());
    }

    private List<StorageFigure> compare(Database database, List<Vignette> vignettes, String snapshot) {
        try (AnswerWriter floor = new RawInsertFloor(database);
             AnswerWriter writes = new RawSnapshotFloor(database, snapshot);
             AnswerWriter path = new AnswerPath(kb, database, vignettes)) {
            List<AnswerWriter> writers = List.of(floor, writes, path);
            List<Timing> timings = List.of(new Timing(), new Timing(), new Timing());
            for (AnswerWriter writer : writers) {
                measure(writer, plan.warmUp(), new Timing());
            }
            for (int round = 0; round < plan.rounds(); round++) {
                for (int w = 0; w < writers.size(); w++) {
                    measure(writers.get(w), plan.round(), timings.get(w));
                }
            }
            List<StorageFigure> figures = new ArrayList<>();
            for (int w = 0; w < writers.size(); w++) {
                figures.add(timings.get(w).figure(database.kind(), writers.get(w).name(), timings.get(0), timings.get(1)));
            }
            return figures;
        }
    }

    /** Assessments and their JSON, as the answer path makes them, without the database. */
    private void warmUpEngine(List<Vignette> vignettes) {
        Engine engine = new Engine(kb);
        EvidenceReader reader = new EvidenceReader(kb);
        List<Evidence> evidence = vignettes.stream().map(v -> reader.read(v.evidence()).evidence()).toList();
        long deadline = System.nanoTime() + plan.engineWarmUp().maxDuration().toNanos();
        for (long n = 0; n < plan.engineWarmUp().maxRequests() && System.nanoTime() - deadline < 0; n++) {
            Evidence e = evidence.get((int) (n % evidence.size()));
            AssessmentJson.text(engine.assess(new AssessmentRequest(e, Audience.PATIENT, 0)));
        }
    }

    /** The result JSON of median size among the vignettes' full assessments: what a snapshot write usually carries. */
    private String typicalSnapshot(List<Vignette> vignettes) {
        Engine engine = new Engine(kb);
        EvidenceReader reader = new EvidenceReader(kb);
        List<String> snapshots = vignettes.stream()
                .map(v -> AssessmentJson.text(engine.assess(new AssessmentRequest(reader.read(v.evidence()).evidence(),
                        Audience.PATIENT, 0))))
                .sorted(Comparator.comparingInt(String::length))
                .toList();
        return snapshots.get(snapshots.size() / 2);
    }

    private static void measure(AnswerWriter writer, Bounds bounds, Timing timing) {
        long deadline = System.nanoTime() + bounds.maxDuration().toNanos();
        for (long n = 0; n < bounds.maxRequests() && System.nanoTime() - deadline < 0; n++) {
            writer.prepare();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            writer.write();
            timing.add(System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - cpuStart);
        }
    }

    /** The write times of one writer over the rounds. */
    private static final class Timing {
        private final Histogram nanos = new Histogram(3);
        private long totalNanos;
        private long cpuNanos;

        void add(long elapsed, long cpu) {
            nanos.recordValue(elapsed);
            totalNanos += elapsed;
            cpuNanos += cpu;
        }

        double perSecond() {
            return totalNanos > 0 ? nanos.getTotalCount() / (totalNanos / 1e9) : 0;
        }

        StorageFigure figure(String database, String path, Timing floor, Timing writes) {
            long answers = nanos.getTotalCount();
            return new StorageFigure(database, path, answers, totalNanos / 1e9, perSecond(),
                    nanos.getValueAtPercentile(50) / 1e6, nanos.getValueAtPercentile(99) / 1e6,
                    answers > 0 ? cpuNanos / 1e6 / answers : 0,
                    ratio(floor), ratio(writes));
        }

        private double ratio(Timing floor) {
            return floor.perSecond() > 0 ? perSecond() / floor.perSecond() : Double.NaN;
        }
    }

    public static void main(String[] args) {
        System.out.print(table(run(SuiteMode.fromArgs(args))));
    }

    static String table(Report report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-10s %-20s %8s %7s %9s %8s %8s %8s %7s %8s%n", "database", "path", "answers", "sec", "answers/s",
                "p50 ms", "p99 ms", "cpu ms", "x floor", "x writes"));
        for (StorageFigure f : report.figures()) {
            out.append(String.format(Locale.ROOT, "%-10s %-20s %8d %7.2f %9.0f %8.3f %8.3f %8.3f %7.2f %8.2f%n",
                    f.database(), f.path(), f.answers(), f.seconds(), f.perSecond(), f.p50Millis(), f.p99Millis(),
                    f.cpuMillis(), f.ratioToFloor(), f.ratioToWrites()));
        }
        out.append(String.format(Locale.ROOT, "x floor: answers/s / raw insert floor's; x writes: / raw insert+snapshot"
                + " floor's (the same rows as the answer path, with a %d-character result snapshot).%n",
                report.snapshotChars()));
        out.append(String.format(Locale.ROOT, "cpu ms: this process's CPU time per answer, on the writing thread (the"
                + " PostgreSQL server's is not in it); the rest of the time is waiting for the disk (or for a core).%n"));
        report.durability().forEach((database, settings) ->
                out.append(String.format(Locale.ROOT, "%s durability: %s%n", database, settings)));
        out.append(String.format(Locale.ROOT, "Goal: answer path >= %.1f x the raw insert floor on each database.%n", GOAL));
        return out.toString();
    }
}
