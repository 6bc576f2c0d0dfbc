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
 * from start to exit. The commands take turns (floor, version, assess, floor, ...) so that a busy moment on a shared
 * machine falls on all of them alike.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /** Runs each command {@code runs} times; the first row is the floor. */
    public static List<StartupTime> measure(int runs) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("spasmcheck-coldstart");
        Path hello = HelloJar.build(work);
        String jar = RepositoryRoot.cliJar().toString();
        Path evidence = RepositoryRoot.find().resolve("eval/vignettes/dev-nlc-01.json");
        List<String> assess = List.of("-jar", jar, "assess", "--evidence", evidence.toString(), "--format", "json");
        Path archive = work.resolve("spasmcheck.jsa");
        timeOnce(concat(List.of("-XX:ArchiveClassesAtExit=" + archive), assess), work);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -jar hello.jar (floor)", List.of("-jar", hello.toString()));
        commands.put("spasmcheck --version", List.of("-jar", jar, "--version"));
        commands.put("spasmcheck assess --evidence dev-nlc-01.json --format json", assess);
        // What a launcher could add: the classes from a class-data archive, and only the quick compiler.
        commands.put("the same with -XX:SharedArchiveFile -XX:TieredStopAtLevel=1", concat(
                List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"), assess));
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

    private static double timeOnce(List<String> arguments, Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Jvm.java().toString());
        command.addAll(arguments);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
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
