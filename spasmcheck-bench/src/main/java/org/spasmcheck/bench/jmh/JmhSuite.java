package org.spasmcheck.bench.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every JMH benchmark of this package through the JMH Runner API with the GC profiler, and returns one row
 * per benchmark and parameter set: the score and the bytes allocated per operation.
 *
 * <p>The whole suite, from the repository root after {@code mvn -pl spasmcheck-bench -am package -DskipTests}:
 * {@code java -cp spasmcheck-bench/target/benchmarks.jar org.spasmcheck.bench.jmh.JmhSuite} (add {@code SMOKE} for
 * the smoke mode). It prints the rows as a table.
 */
public final class JmhSuite {
    /** The benchmarks of the suite, in the order of docs/PERFORMANCE.md. */
    static final List<Class<?>> BENCHMARKS = List.of(KnowledgeBaseLoadBench.class, AssessRequestParseBench.class,
            AssessBench.class, NextQuestionBench.class, InterviewBench.class, DiaryAnalysisBench.class,
            PdfReportBench.class);
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    /** One short iteration: long enough for a few operations of the slowest benchmark (the report, some ms). */
    private static final TimeValue SMOKE_ITERATION = TimeValue.milliseconds(100);

    public enum Mode {
        /**
         * The measurement: each benchmark as its class's annotations say (1 fork, 3 warmup and 5 measured
         * iterations of 1 s). About 5 minutes on 2 cores.
         */
        FULL,
        /**
         * Proves that every benchmark runs, in this JVM (no fork), with no warmup and one short iteration. Its
         * figures mean nothing.
         */
        SMOKE
    }

    /**
     * One benchmark with one parameter set.
     *
     * @param benchmark           class and method, e.g. {@code AssessBench.assess}
     * @param params              the JMH parameters, e.g. {@code vignette=dev-dpn-01}; empty when there are none
     * @param mode                the JMH mode, e.g. {@code avgt}
     * @param score               the primary score, in {@code unit}
     * @param error               its 99.9% confidence half-width; NaN with fewer than two iterations
     * @param allocatedBytesPerOp bytes allocated per operation ({@code gc.alloc.rate.norm}); NaN when unmeasured
     */
    public record Row(String benchmark, Map<String, String> params, String mode, double score, double error,
                      String unit, double allocatedBytesPerOp) {
        public Row {
            params = Map.copyOf(params);
        }
    }

    private JmhSuite() {
    }

    /** Runs the suite; fails on the first benchmark that throws. */
    public static List<Row> run(Mode mode) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .jvmArgsAppend("-D" + BenchInputs.ROOT_PROPERTY + "=" + BenchInputs.root());
        for (Class<?> benchmark : BENCHMARKS) {
            options.include(Pattern.quote(benchmark.getName() + ".") + ".*");
        }
        if (mode == Mode.SMOKE) {
            options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(SMOKE_ITERATION)
                    .verbosity(VerboseMode.SILENT);
        }
        return rows(new Runner(options.build()).run());
    }

    static List<Row> rows(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult r : results) {
            BenchmarkParams params = r.getParams();
            Map<String, String> values = new LinkedHashMap<>();
            params.getParamsKeys().forEach(k -> values.put(k, params.getParam(k)));
            Result<?> primary = r.getPrimaryResult();
            rows.add(new Row(shortName(params.getBenchmark()), values, params.getMode().shortLabel(),
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), allocated(r)));
        }
        return rows;
    }

    /** The rows as a fixed-width text table. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-40s %-26s %-5s %12s %10s %-6s %14s%n",
                "Benchmark", "Params", "Mode", "Score", "Error", "Units", "Alloc B/op"));
        for (Row r : rows) {
            String params = String.join(",", r.params().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
            out.append(String.format(Locale.ROOT, "%-40s %-26s %-5s %12.3f %10.3f %-6s %14.0f%n", r.benchmark(),
                    params, r.mode(), r.score(), r.error(), r.unit(), r.allocatedBytesPerOp()));
        }
        return out.toString();
    }

    /** Runs the suite ({@code FULL} unless the first argument says {@code SMOKE}) and prints the table. */
    public static void main(String[] args) throws RunnerException {
        Mode mode = Mode.FULL;
        if (args.length > 0) {
            String name = args[0].toUpperCase(Locale.ROOT);
            if (Arrays.stream(Mode.values()).noneMatch(m -> m.name().equals(name))) {
                System.err.println("mode: not a mode: '" + args[0] + "'; allowed: FULL, SMOKE");
                System.exit(2);
            }
            mode = Mode.valueOf(name);
        }
        System.out.print(table(run(mode)));
    }

    private static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** JMH 1.37 names the figure "gc.alloc.rate.norm"; older versions put a "·" before it, hence the suffix match. */
    private static double allocated(RunResult r) {
        return r.getSecondaryResults().entrySet().stream().filter(e -> e.getKey().endsWith(ALLOCATION))
                .mapToDouble(e -> e.getValue().getScore()).findFirst().orElse(Double.NaN);
    }
}
