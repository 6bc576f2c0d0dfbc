package org.spasmcheck.cli.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spasmcheck.cli.SpasmcheckCommand;

/**
 * {@code spasmcheck serve} in a JVM of its own, started from the test's class path (the jar is built after the
 * tests), on a free port, with its output appended to a log file.
 */
final class ServerProcess implements AutoCloseable {
    /** The exit status of a process killed by SIGKILL: 128 + signal 9. */
    static final int SIGKILL_STATUS = 128 + 9;

    /** A cold start takes a few seconds; a build machine running other builds may take several times that. */
    private static final long STARTUP_TIMEOUT_MILLIS = 120_000;
    private static final long POLL_MILLIS = 50;
    /** How long a graceful stop (SIGTERM, shutdown hook) may take at the end of the test. */
    private static final long STOP_TIMEOUT_SECONDS = 30;
    /**
     * A small heap, the serial collector and the quick compiler only: the server is started again after every kill
     * on a 2-core build machine that runs other JVMs, and these cut its start-up work, not what it stores.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /** ServeCommand prints this line once it listens. */
    private static final Pattern LISTENING = Pattern.compile("spasmcheck serving on http://localhost:(\\d+)");
    private static final int LOG_TAIL_CHARS = 4000;

    private final Process process;
    private final URI base;

    private ServerProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts the server and returns once /health answers 200.
     *
     * @param databaseArguments {@code --data-dir DIR} or {@code --db URL}
     * @param workDir           holds the log ({@code serve.log}) and the server's temporary files
     */
    static ServerProcess start(List<String> databaseArguments, Path workDir, HttpClient http)
            throws IOException, InterruptedException {
        Path log = workDir.resolve("serve.log");
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        // sqlite-jdbc unpacks its native library there, and a killed JVM never deletes it.
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                SpasmcheckCommand.class.getName(), "serve", "--port", "0",
                // Many interviews from one loopback address: the creation rate limit would refuse them.
                "--no-rate-limits"));
        command.addAll(databaseArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            URI base = URI.create("http://127.0.0.1:" + awaitPort(process, log, logStart) + "/");
            ServerProcess server = new ServerProcess(process, base);
            server.awaitHealthy(http, log, logStart);
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly().waitFor();
            throw e;
        }
    }

    URI base() {
        return base;
    }

    /**
     * Kills the server with SIGKILL ({@link Process#destroyForcibly()} sends it on Linux): no shutdown hook runs,
     * no connection is closed in order, requests being handled are cut off.
     *
     * @return the exit status, {@value #SIGKILL_STATUS} when SIGKILL ended the process
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Stops a server still running, gracefully (SIGTERM runs its shutdown hook). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int awaitPort(Process process, Path log, long logStart) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Matcher listening = LISTENING.matcher(logSince(log, logStart));
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("spasmcheck serve exited with " + process.exitValue()
                        + " before it listened:\n" + tail(logSince(log, logStart)));
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("spasmcheck serve did not listen within " + STARTUP_TIMEOUT_MILLIS + " ms:\n"
                + tail(logSince(log, logStart)));
    }

    private void awaitHealthy(HttpClient http, Path log, long logStart) throws IOException, InterruptedException {
        SpasmcheckApi api = new SpasmcheckApi(http, base);
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MILLIS;
        while (!api.isHealthy()) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("spasmcheck serve at " + base + " never became healthy:\n"
                        + tail(logSince(log, logStart)));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** What this start of the server wrote (the log also holds the earlier starts). */
    private static String logSince(Path log, long start) throws IOException {
        byte[] bytes = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
        return new String(bytes, (int) Math.min(start, bytes.length), (int) Math.max(0, bytes.length - start),
                StandardCharsets.UTF_8);
    }

    private static String tail(String text) {
        return text.length() <= LOG_TAIL_CHARS ? text : text.substring(text.length() - LOG_TAIL_CHARS);
    }
}
