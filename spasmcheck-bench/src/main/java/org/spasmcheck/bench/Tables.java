package org.spasmcheck.bench;

import static org.spasmcheck.bench.report.MarkdownTable.number;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.spasmcheck.bench.jmh.JmhSuite;
import org.spasmcheck.bench.load.LoadFigure;
import org.spasmcheck.bench.load.LoadSuite;
import org.spasmcheck.bench.report.MarkdownTable;
import org.spasmcheck.bench.startup.IdleHeap;
import org.spasmcheck.bench.startup.StartupSuite;
import org.spasmcheck.bench.startup.StartupTime;
import org.spasmcheck.bench.storage.StorageFigure;
import org.spasmcheck.bench.storage.StorageSuite;

/** The suite's results as the Markdown tables of docs/PERFORMANCE.md. */
final class Tables {
    private static final double MB = 1024 * 1024;

    private Tables() {
    }

    static String machine(SuiteMode mode) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new MarkdownTable("", "")
                .row("Processor", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores")
                .row("Memory", number(os.getTotalMemorySize() / MB / 1024, 1) + " GiB")
                .row("Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .row("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
                .row("Load average at the end", number(os.getSystemLoadAverage(), 2))
                .row("Mode", mode == SuiteMode.FULL ? "full" : "smoke (figures mean nothing)")
                .toString();
    }

    static String jmh(java.util.List<JmhSuite.Row> rows) {
        MarkdownTable table = new MarkdownTable("Benchmark", "Parameters", "Score>", "± (99.9%)>", "Unit",
                "Allocated per op>");
        for (JmhSuite.Row r : rows) {
            table.row(r.benchmark(), params(r.params()), number(r.score(), 3), number(r.error(), 3), r.unit(),
                    bytes(r.allocatedBytesPerOp()));
        }
        return table.toString();
    }

    static String load(LoadSuite.Report report) {
        MarkdownTable table = new MarkdownTable("Scenario", "Database", "Clients>", "Requests>", "Requests/s>",
                "× floor>", "p50 ms>", "p99 ms>", "p99.9 ms>", "p99 × floor>", "Errors>");
        for (LoadFigure f : report.figures()) {
            table.row(f.scenario(), f.database(), f.concurrency(), f.requests(), number(f.throughput(), 0),
                    number(f.ratioToFloor(), 2), number(f.p50Millis(), 3), number(f.p99Millis(), 3),
                    number(f.p999Millis(), 3), number(f.p99ToFloor(), 1), f.errors());
        }
        return table + "\nPostgreSQL durability as the server reported it: " + settings(report.postgresDurability())
                + ".\n";
    }

    static String storage(StorageSuite.Report report) {
        MarkdownTable table = new MarkdownTable("Database", "Path", "Answers>", "Answers/s>", "× raw insert>",
                "× same writes>", "p50 ms>", "p99 ms>", "CPU ms per answer>");
        for (StorageFigure f : report.figures()) {
            table.row(f.database(), f.path(), f.answers(), number(f.perSecond(), 0), number(f.ratioToFloor(), 2),
                    number(f.ratioToWrites(), 2), number(f.p50Millis(), 3), number(f.p99Millis(), 3),
                    number(f.cpuMillis(), 3));
        }
        return table + "\nDurability: " + settings(report.durability()) + ".\n";
    }

    static String startup(StartupSuite.Result result) {
        MarkdownTable table = new MarkdownTable("Command (fresh JVM each run)", "Runs>", "Median ms>", "Fastest ms>",
                "× floor>");
        for (StartupTime t : result.coldStarts()) {
            table.row(t.command(), t.runs(), number(t.medianMillis(), 0), number(t.minMillis(), 0),
                    number(t.ratioToFloor(), 2));
        }
        IdleHeap heap = result.idleHeap();
        MarkdownTable idle = new MarkdownTable("Idle server (`serve`, SQLite, one assessment made)", "MiB>")
                .row("Heap in use after a full GC (live data)", number(heap.usedAfterFullGcBytes() / MB, 1))
                .row("Heap committed", number(heap.committedBytes() / MB, 1))
                .row("Process resident memory", number(heap.residentBytes() / MB, 1));
        return table + "\n" + idle;
    }

    private static String params(Map<String, String> params) {
        return params.isEmpty() ? "" : params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String settings(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> "`" + e.getKey() + "=" + e.getValue() + "`")
                .collect(Collectors.joining(", "));
    }

    private static String bytes(double perOp) {
        if (!Double.isFinite(perOp)) {
            return "n/a";
        }
        return perOp >= MB ? number(perOp / MB, 1) + " MiB" : perOp >= 1024 ? number(perOp / 1024, 1) + " KiB"
                : number(perOp, 0) + " B";
    }

    private static String cpuModel() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (java.io.IOException e) {
            return System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        }
    }
}
