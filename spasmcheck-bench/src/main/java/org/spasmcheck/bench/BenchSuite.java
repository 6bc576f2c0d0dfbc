package org.spasmcheck.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.spasmcheck.bench.jmh.JmhSuite;
import org.spasmcheck.bench.load.LoadSuite;
import org.spasmcheck.bench.report.PerformanceDoc;
import org.spasmcheck.bench.startup.StartupSuite;
import org.spasmcheck.bench.storage.StorageSuite;

/**
 * The whole benchmark suite in one command, which rewrites the tables of {@code docs/PERFORMANCE.md}:
 * <pre>
 * mvn -q -pl spasmcheck-bench -am package -DskipTests
 * java -cp spasmcheck-bench/target/benchmarks.jar org.spasmcheck.bench.BenchSuite --write docs/PERFORMANCE.md
 * </pre>
 * Options: {@code --smoke} (every part for a moment: proves the harness, measures nothing), {@code --only
 * jmh,load,storage,startup} (some parts; the goals table then judges only what ran), {@code --write FILE} (without
 * it the sections are printed).
 */
public final class BenchSuite {
    /** The parts, in the order they run and appear. */
    public static final List<String> PARTS = List.of("jmh", "load", "storage", "startup");

    private BenchSuite() {
    }

    /** What the suite measured; a part that did not run is null. */
    public record Results(List<JmhSuite.Row> jmh, LoadSuite.Report load, StorageSuite.Report storage,
                          StartupSuite.Result startup) {
    }

    /** Runs the parts named (all of {@link #PARTS} for an empty set). */
    public static Results run(SuiteMode mode, Set<String> parts) throws Exception {
        Set<String> chosen = parts.isEmpty() ? new TreeSet<>(PARTS) : parts;
        for (String part : chosen) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("--only: unknown part '" + part + "'; allowed: " + String.join(", ", PARTS));
            }
        }
        List<JmhSuite.Row> jmh = chosen.contains("jmh") ? JmhSuite.run(mode) : null;
        LoadSuite.Report load = chosen.contains("load") ? LoadSuite.run(mode) : null;
        StorageSuite.Report storage = chosen.contains("storage") ? StorageSuite.run(mode) : null;
        StartupSuite.Result startup = chosen.contains("startup") ? StartupSuite.run(mode) : null;
        return new Results(jmh, load, storage, startup);
    }

    /** The document sections for these results: one per part that ran, the machine, and the goals. */
    public static Map<String, String> sections(Results results, SuiteMode mode) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("machine", Tables.machine(mode));
        sections.put("goals", Goals.table(results));
        if (results.jmh() != null) {
            sections.put("jmh", Tables.jmh(results.jmh()));
        }
        if (results.load() != null) {
            sections.put("load", Tables.load(results.load()));
        }
        if (results.storage() != null) {
            sections.put("storage", Tables.storage(results.storage()));
        }
        if (results.startup() != null) {
            sections.put("startup", Tables.startup(results.startup()));
        }
        return sections;
    }

    public static void main(String[] args) throws Exception {
        SuiteMode mode = SuiteMode.FULL;
        Set<String> parts = new TreeSet<>();
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> mode = SuiteMode.SMOKE;
                case "--only" -> parts.addAll(Arrays.asList(value(args, ++i, "--only").split(",")));
                case "--write" -> write = Path.of(value(args, ++i, "--write"));
                default -> usage("unknown option '" + args[i] + "'");
            }
        }
        Map<String, String> sections = sections(run(mode, parts), mode);
        if (write == null) {
            sections.forEach((name, table) -> System.out.printf(Locale.ROOT, "## %s%n%s%n", name, table));
        } else {
            PerformanceDoc.rewrite(write, sections);
            System.out.println("rewrote " + sections.keySet() + " in " + write);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("BenchSuite: " + problem + "; usage: BenchSuite [--smoke] [--only "
                + String.join(",", PARTS) + "] [--write docs/PERFORMANCE.md]");
        System.exit(2);
    }
}
