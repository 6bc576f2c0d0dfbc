package org.spasmcheck.bench;

import static org.spasmcheck.bench.report.MarkdownTable.number;

import java.util.List;
import java.util.Optional;
import org.spasmcheck.bench.jmh.JmhSuite;
import org.spasmcheck.bench.load.LoadFigure;
import org.spasmcheck.bench.report.MarkdownTable;
import org.spasmcheck.bench.startup.StartupTime;
import org.spasmcheck.bench.storage.StorageFigure;

/** The performance issue's goals, each judged on the figures of one run; a goal whose part did not run says so. */
final class Goals {
    /** The time that the CDS Hooks specification gives a service; our p99 must be a hundredth of it. */
    private static final double CDS_HOOKS_MILLIS = 500;
    private static final String NOT_RUN = "not measured in this run";

    private Goals() {
    }

    static String table(BenchSuite.Results r) {
        MarkdownTable table = new MarkdownTable("Goal", "Measured", "Met");
        assessThroughput(r, table);
        assessLatency(r, table);
        engineBelowParsing(r, table);
        answerPath(r, table, "sqlite");
        answerPath(r, table, "postgresql");
        idleHeap(r, table);
        coldStart(r, table);
        return table.toString();
    }

    private static void assessThroughput(BenchSuite.Results r, MarkdownTable table) {
        String goal = "`POST /api/v1/assess` throughput ≥ 0.7 × echo floor at 8 clients";
        Optional<LoadFigure> assess = assessAt8(r);
        table.row(goal, assess.map(f -> number(f.ratioToFloor(), 2) + " × (" + number(f.throughput(), 0) + " req/s)")
                .orElse(NOT_RUN), assess.map(f -> met(f.ratioToFloor() >= 0.7)).orElse("–"));
    }

    private static void assessLatency(BenchSuite.Results r, MarkdownTable table) {
        String goal = "`POST /api/v1/assess` p99 ≤ 500 ms / 100 = 5 ms at 8 clients";
        Optional<LoadFigure> assess = assessAt8(r);
        table.row(goal, assess.map(f -> number(f.p99Millis(), 2) + " ms").orElse(NOT_RUN),
                assess.map(f -> met(f.p99Millis() <= CDS_HOOKS_MILLIS / 100)).orElse("–"));
    }

    private static Optional<LoadFigure> assessAt8(BenchSuite.Results r) {
        return r.load() == null ? Optional.empty() : r.load().figures().stream()
                .filter(f -> f.scenario().equals("assess") && f.concurrency() == 8).findFirst();
    }

    private static void engineBelowParsing(BenchSuite.Results r, MarkdownTable table) {
        String goal = "Full assessment and next-question selection each cost less than parsing the request's JSON";
        if (r.jmh() == null) {
            table.row(goal, NOT_RUN, "–");
            return;
        }
        double parse = slowest(r.jmh(), "AssessRequestParseBench.parseRequest", true);
        double assess = slowest(r.jmh(), "AssessBench.assess", false);
        double next = slowest(r.jmh(), "NextQuestionBench.next", false);
        table.row(goal, "parse " + us(parse) + " (fastest vignette); assess " + us(assess) + ", next question "
                + us(next) + " (slowest)", met(assess < parse && next < parse));
    }

    /** The fastest ({@code fastest}) or slowest score of a benchmark over its parameters, in its unit. */
    private static double slowest(List<JmhSuite.Row> rows, String benchmark, boolean fastest) {
        return rows.stream().filter(row -> row.benchmark().equals(benchmark)).mapToDouble(JmhSuite.Row::score)
                .reduce(fastest ? Math::min : Math::max).orElse(Double.NaN);
    }

    private static void answerPath(BenchSuite.Results r, MarkdownTable table, String database) {
        String goal = "Answer path ≥ 0.8 × raw insert floor with the same durability, " + database;
        Optional<StorageFigure> path = r.storage() == null ? Optional.empty() : r.storage().figures().stream()
                .filter(f -> f.database().equals(database) && f.path().equals("answer path")).findFirst();
        table.row(goal, path.map(f -> number(f.ratioToFloor(), 2) + " × raw insert, " + number(f.ratioToWrites(), 2)
                        + " × the same writes raw").orElse(NOT_RUN),
                path.map(f -> met(f.ratioToFloor() >= 0.8)).orElse("–"));
    }

    private static void idleHeap(BenchSuite.Results r, MarkdownTable table) {
        String goal = "Server idle heap under 128 MB";
        if (r.startup() == null) {
            table.row(goal, NOT_RUN, "–");
            return;
        }
        double live = r.startup().idleHeap().usedAfterFullGcBytes() / 1e6;
        double committed = r.startup().idleHeap().committedBytes() / 1e6;
        table.row(goal, number(live, 1) + " MB live after a full GC, " + number(committed, 1) + " MB committed",
                met(live < 128));
    }

    private static void coldStart(BenchSuite.Results r, MarkdownTable table) {
        String goal = "CLI `assess` cold start within 2 × a hello-world jar on the same JVM";
        // Judged on the launcher, the CLI's way to start; without it (a jar built elsewhere), on java -jar.
        Optional<StartupTime> assess = r.startup() == null ? Optional.empty() : r.startup().coldStarts().stream()
                .filter(t -> t.command().contains(" assess ")).reduce((jar, launcher) -> launcher);
        table.row(goal, assess.map(t -> number(t.ratioToFloor(), 2) + " × (" + number(t.medianMillis(), 0)
                + " ms median, " + (t.command().endsWith("(launcher)") ? "launcher" : "java -jar") + ")")
                .orElse(NOT_RUN), assess.map(t -> met(t.ratioToFloor() <= 2)).orElse("–"));
    }

    private static String us(double microseconds) {
        return number(microseconds, 1) + " µs";
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }
}
