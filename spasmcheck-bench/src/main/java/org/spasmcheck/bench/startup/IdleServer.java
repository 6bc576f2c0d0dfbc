package org.spasmcheck.bench.startup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spasmcheck.bench.RepositoryRoot;

/**
 * Starts {@code spasmcheck serve} as its own process on its embedded default (a SQLite file), makes one assessment,
 * lets it idle, and reads its heap with {@code jcmd}: the memory a person's server needs when nobody is using it.
 */
public final class IdleServer {
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private IdleServer() {
    }

    public static IdleHeap measure(Duration idle) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("spasmcheck-idle");
        int port = freePort();
        Process server = new ProcessBuilder(Jvm.java().toString(), "-jar", RepositoryRoot.cliJar().toString(),
                "serve", "--port", Integer.toString(port), "--data-dir", data.toString())
                .redirectOutput(data.resolve("serve.log").toFile())
                .redirectErrorStream(true)
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            awaitHealthy(http, port, server);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/assessments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"evidence\": {\"cramp_location\": [\"calf\"]}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating an assessment answered " + created.statusCode());
            }
            Thread.sleep(idle.toMillis());
            long pid = server.pid();
            jcmd(pid, "GC.run");
            Matcher heap = HEAP.matcher(jcmd(pid, "GC.heap_info"));
            Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            if (!heap.find() || !rss.find()) {
                throw new IllegalStateException("jcmd GC.heap_info or /proc status did not give the heap in the expected form");
            }
            return new IdleHeap(Long.parseLong(heap.group(2)) * 1024, Long.parseLong(heap.group(1)) * 1024,
                    Long.parseLong(rss.group(1)) * 1024);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void awaitHealthy(HttpClient http, int port, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("spasmcheck serve exited with status " + server.exitValue());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The port opens a moment after the process starts.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("spasmcheck serve was not healthy within " + START_TIMEOUT);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(List.of(Jvm.jcmd().toString(), Long.toString(pid), command))
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
