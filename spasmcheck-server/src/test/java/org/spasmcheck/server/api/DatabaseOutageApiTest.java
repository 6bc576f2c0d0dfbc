package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.store.AnswerEvent;
import org.spasmcheck.store.Database;
import org.spasmcheck.store.StoredAssessment;

/**
 * PostgreSQL stopped under a running server and started again on the same data directory and port: requests get
 * 503 with Retry-After while it is down (a problem on the API, a page on the web), /health says why, and the same
 * server process serves again once the database is back, with every acknowledged answer in place and every
 * snapshot matching its log. Writers keep answering throughout, so the stop comes in the middle of their requests.
 */
class DatabaseOutageApiTest {
    /** Assessments answered at the same time, one writer each. */
    static final int WRITERS = 3;
    /** Answers each writer has acknowledged before the stop, and again after the restart. */
    static final int ACKS_BEFORE = 3;
    static final int ACKS_AFTER = 2;
    /** HikariCP's default connection timeout: a request during the outage must fail well before it. */
    static final Duration HIKARI_DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** How long the test waits for each phase before it gives up (generous: the machine may be busy). */
    static final Duration PHASE_LIMIT = Duration.ofSeconds(90);
    /** Writers pause this long after a 503 instead of the 30 s Retry-After, to keep the test short. */
    static final long PAUSE_AFTER_503_MILLIS = 200;
    static final long POLL_MILLIS = 100;

    @TempDir
    Path pgData;

    private EmbeddedPostgres postgres;
    private TestServer server;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS);

    @AfterEach
    void tearDown() throws IOException {
        stop.set(true);
        writers.shutdownNow();
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void postgresStoppedMidRun_503WithRetryAfter_healthSaysWhy_thenResumesByItselfWithEveryAcknowledgedAnswer()
            throws Exception {
        int port = freePort();
        postgres = startPostgres(port);
        server = TestServer.start(Database.open(postgres.getJdbcUrl("postgres", "postgres")),
                ServerSettings.defaults(0));
        ApiClient api = new ApiClient(server);
        assertThat(api.get("/health").json().get("database").asText()).isEqualTo("ok");
        List<Writer> running = new ArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Writer writer = new Writer(api, AssessmentApiTest.create(api, ""), findingsOf(w));
            running.add(writer);
            done.add(writers.submit(writer));
        }
        waitUntil("every writer has answers acknowledged", () -> running.stream().allMatch(w -> w.acks() >= ACKS_BEFORE));

        postgres.close();

        long failStart = System.nanoTime();
        ApiClient.Response answer = api.post(running.get(0).assessment.path() + "/answers",
                "{\"answers\": {\"cramps_at_rest_night\": true}}", "Authorization", running.get(0).assessment.auth());
        Duration failedAfter = Duration.ofNanos(System.nanoTime() - failStart);
        RequestValidationApiTest.assertProblem(answer, 503, Problems.DATABASE_UNAVAILABLE);
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        assertThat(failedAfter).as("fails fast").isLessThan(HIKARI_DEFAULT_TIMEOUT);
        ApiClient.Response health = api.get("/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.header("Retry-After")).isEqualTo("30");
        assertThat(health.json().get("database").asText()).isEqualTo("unavailable");
        // Just after the stop the server may still be shutting down: either is the truth, neither names the host.
        assertThat(health.json().get("cause").asText())
                .isIn("cannot connect to the database server", "the database server is shutting down or starting up")
                .doesNotContain(Integer.toString(port));
        HttpResponse<String> page = server.get("/a/" + running.get(0).assessment.id());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("try again in a minute");
        assertThat(server.get("/").statusCode()).as("the start page needs no database").isEqualTo(200);
        waitUntil("every writer has met the outage", () -> running.stream().allMatch(w -> w.unavailable() > 0));

        List<Integer> acksAtRestart = running.stream().map(Writer::acks).toList();
        postgres = startPostgres(port);
        long restarted = System.nanoTime();
        waitUntil("/health is ok again", () -> server.get("/health").statusCode() == 200);
        Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
        waitUntil("every writer is acknowledged again", () -> {
            for (int w = 0; w < WRITERS; w++) {
                if (running.get(w).acks() < acksAtRestart.get(w) + ACKS_AFTER) {
                    return false;
                }
            }
            return true;
        });
        stop.set(true);
        for (Future<?> writer : done) {
            writer.get(PHASE_LIMIT.toSeconds(), TimeUnit.SECONDS);
        }

        for (Writer writer : running) {
            StoredAssessment stored = server.database().assessments().find(writer.assessment.id()).orElseThrow();
            for (Ack ack : writer.acknowledged) {
                AnswerEvent entry = stored.log().get((int) ack.version() - 1);
                assertThat(entry.findingId()).as("acknowledged at version %d", ack.version()).isEqualTo(ack.finding());
                assertThat(entry.operation()).isEqualTo(AnswerEvent.Operation.SET);
                assertThat(entry.valueJson()).isEqualTo(Boolean.toString(ack.value()));
            }
            assertThat(stored.version()).as("version and log agree").isEqualTo(stored.log().size());
            JsonNode recomputed = api.get(writer.assessment.path(), "Authorization", writer.assessment.auth())
                    .json().get("result");
            assertThat(snapshot(stored.id())).as("the snapshot is the result of the whole log").isEqualTo(recomputed);
        }
        System.out.printf("Database outage: a request failed after %d ms; /health ok %d ms after PostgreSQL was"
                        + " back; writers: %s acknowledged, %s answered 503%n", failedAfter.toMillis(),
                recovery.toMillis(), running.stream().map(Writer::acks).toList(),
                running.stream().map(Writer::unavailable).toList());
    }

    /** One acknowledged answer: the version the response named, which is its sequence number in the log. */
    record Ack(long version, String finding, boolean value) {
    }

    /**
     * Answers its assessment one finding after another, each at the version it last saw, until stopped. A 503 is
     * retried; a 409 after a 503 means that write was committed before the connection broke, so it moves on.
     */
    private final class Writer implements Runnable {
        final AssessmentApiTest.Created assessment;
        final List<Ack> acknowledged = Collections.synchronizedList(new ArrayList<>());
        private final ApiClient api;
        private final List<String> findings;
        private final AtomicInteger unavailable = new AtomicInteger();

        Writer(ApiClient api, AssessmentApiTest.Created assessment, List<String> findings) {
            this.api = api;
            this.assessment = assessment;
            this.findings = findings;
        }

        int acks() {
            return acknowledged.size();
        }

        int unavailable() {
            return unavailable.get();
        }

        @Override
        public void run() {
            long version = assessment.body().get("version").asLong();
            for (int attempt = 0; !stop.get(); ) {
                String finding = findings.get(attempt % findings.size());
                boolean value = (attempt / findings.size()) % 2 == 0;
                ApiClient.Response r = api.post(assessment.path() + "/answers", "{\"answers\": {\"" + finding + "\": "
                        + value + "}, \"version\": " + version + "}", "Authorization", assessment.auth());
                switch (r.status()) {
                    case 200 -> {
                        version = r.json().get("version").asLong();
                        acknowledged.add(new Ack(version, finding, value));
                        attempt++;
                    }
                    case 409 -> {
                        version = r.json().get("current").get("version").asLong();
                        attempt++;
                    }
                    case 503 -> {
                        unavailable.incrementAndGet();
                        pause(PAUSE_AFTER_503_MILLIS);
                    }
                    default -> throw new AssertionError("unexpected " + r);
                }
            }
        }
    }

    /** Each writer answers its own yes/no findings. */
    private static List<String> findingsOf(int writer) {
        List<String> all = TestServer.KB.findings().values().stream().filter(f -> f.type() == FindingType.BOOLEAN)
                .map(Finding::id).sorted().toList();
        int share = all.size() / WRITERS;
        return all.subList(writer * share, (writer + 1) * share);
    }

    private EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private JsonNode snapshot(String id) throws JsonProcessingException {
        return ApiClient.JSON.readTree(server.database().assessments().findSnapshot(id).orElseThrow().resultJson());
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for: %s", PHASE_LIMIT, what).isLessThan(deadline);
            pause(POLL_MILLIS);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
