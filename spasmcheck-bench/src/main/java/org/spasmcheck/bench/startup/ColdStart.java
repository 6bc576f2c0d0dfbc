package org.spasmcheck.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spasmcheck.bench.RepositoryRoot;

/**
 * The command line's cold start beside its floor, a hello-world jar on the same JVM: each run is a fresh process
 * from start to exit. The commands take turns (floor, version, assess, launcher, floor, ...) so that a busy moment on a shared
 * machine falls on all of them alike.
 */
public final class ColdStart {
    /** The row the cold-start goal is judged on. */
    public static final String LAUNCHER_ASSESS = "spasmcheck assess --evidence dev-nlc-01.json --format json (launcher)";
    private ColdStart() {
    }

    /** Runs each command {@code runs} times; the first row is the floor. */
    public static List<StartupTime> measure(int runs) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("spasmcheck-coldstart");
        Path hello = HelloJar.build(work);
        Path jar = RepositoryRoot.cliJar();
        Path evidence = RepositoryRoot.find().resolve("eval/vignettes/dev-nlc-01.json");
        List<String> assess = List.of("assess", "--evidence", evidence.toString(), "--format", "json");
        String java = Jvm.java().toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -jar hello.jar (floor)", List.of(java, "-jar", hello.toString()));
        commands.put("java -jar spasmcheck.jar --version", List.of(java, "-jar", jar.toString(), "--version"));
        commands.put("java -jar spasmcheck.jar assess --evidence dev-nlc-01.json --format json",
                concat(List.of(java, "-jar", jar.toString()), assess));
        // The launcher the build puts beside the jar (class-data archive, quick compiler): how the CLI is meant to
        // be started, so the goal is judged on it. It runs the same JVM through JAVA_HOME (see timeOnce).
        Path launcher = jar.resolveSibling("spasmcheck");
        if (Files.isRegularFile(launcher)) {
            commands.put(LAUNCHER_ASSESS, concat(List.of("sh", launcher.toString()), assess));
        }
        Map<String, double[]> millis = new LinkedHashMap<>();
        commands.keySet().forEach(name -> millis.put(name, new double[runs]));
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                millis.get(command.getKey())[run] = timeOnce(command.getValue(), work);
            }
        }
        double floor = median(millis.values().iterator().next());
        List<StartupTime> rows = new ArrayList<>();
        millis.forEach((name, times) -> rows.add(new StartupTime(name, runs, median(times),
                Arrays.stream(times).min().orElseThrow(), median(times) / floor)));
        return rows;
    }

    private static double timeOnce(List<String> command, Path work) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        long start = System.nanoTime();
        Process process = builder.start();
        int status = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with status " + status);
        }
        return elapsed / 1e6;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
