package org.spasmcheck.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.spasmcheck.bench.Bounds;
import org.spasmcheck.bench.ScratchDirectory;
import org.spasmcheck.store.Database;

/** The driver's bounds, its loopback refusal and its fixed-rate latency, against the bench server's echo floor. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadDriverTest {
    private static final Bounds NO_WARM_UP = Bounds.of(1, Duration.ofSeconds(5));
    private static final Duration LONG = Duration.ofMinutes(5);

    private static ScratchDirectory dir;
    private static BenchServer server;
    private static Scenario echo;
    private final LoadDriver driver = new LoadDriver();

    @BeforeAll
    static void startServer() {
        dir = ScratchDirectory.create("load-driver-test");
        server = BenchServer.start(Database.open(Database.defaultSqliteUrl(dir.path())));
        echo = new PostScenario("echo", server.baseUri(), EchoRoute.PATH,
                List.of("{\"evidence\":{\"age_years\":60}}".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stopServer() {
        server.close();
        dir.close();
    }

    @Test
    void closedLoop_stopsAfterMaxRequests_andRecordsEachSuccessfulOne() {
        LoadResult r = driver.closedLoop(echo, 3, NO_WARM_UP, Bounds.of(25, LONG));

        assertThat(r.requests()).isEqualTo(25);
        assertThat(r.errors()).isZero();
        assertThat(r.recorded()).isEqualTo(25);
        assertThat(r.p50Millis()).isPositive();
        assertThat(r.maxMillis()).isGreaterThanOrEqualTo(r.p999Millis()).isGreaterThanOrEqualTo(r.p99Millis())
                .isGreaterThanOrEqualTo(r.p50Millis());
    }

    @Test
    void closedLoop_stopsAtMaxDuration_beforeMaxRequests() {
        long unreachable = Long.MAX_VALUE;

        LoadResult r = driver.closedLoop(echo, 2, NO_WARM_UP, Bounds.of(unreachable, Duration.ofMillis(300)));

        assertThat(r.requests()).isPositive().isLessThan(unreachable);
        assertThat(r.errors()).isZero();
    }

    @Test
    void fixedRate_sendsTheScheduledRequests_whateverTheServerDoes() {
        // 20 per second for one second: slots at 0, 50, ..., 950 ms.
        LoadResult r = driver.fixedRate(echo, 20, Bounds.of(1_000, Duration.ofSeconds(1)), 4);

        assertThat(r.requests()).isEqualTo(20);
        assertThat(r.recorded()).isEqualTo(20);
    }

    @Test
    void fixedRate_countsTheWaitForABusyUserInTheLatency() {
        long sleepMillis = 100;
        Javalin slow = Javalin.create(cfg -> cfg.routes.get("/slow", ctx -> {
            Thread.sleep(sleepMillis);
            ctx.result("ok");
        })).start("127.0.0.1", 0);
        try {
            URI base = URI.create("http://127.0.0.1:" + slow.port());
            // One user, a request meant to start every 50 ms, each taking at least 100 ms: request i starts at least
            // i * 50 ms late, so the last of ten waited at least 450 ms before its own 100 ms.
            LoadResult r = driver.fixedRate(new GetScenario("slow", base, "/slow"), 20,
                    Bounds.of(10, Duration.ofSeconds(5)), 1);

            assertThat(r.requests()).isEqualTo(10);
            assertThat(r.maxMillis()).isGreaterThanOrEqualTo(9 * 50 + sleepMillis);
        } finally {
            slow.stop();
        }
    }

    @Test
    void run_againstAnotherMachine_isRefusedBeforeAnyRequest() {
        Scenario elsewhere = new PostScenario("echo", URI.create("http://192.0.2.10:8080"), EchoRoute.PATH,
                List.of(new byte[0]));

        assertThatThrownBy(() -> driver.closedLoop(elsewhere, 1, NO_WARM_UP, Bounds.of(1, LONG)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host '192.0.2.10'");
    }

    @Test
    void failedRequests_areCountedAsErrors_withTheFirstNamed() {
        Scenario missing = new GetScenario("missing", server.baseUri(), "/api/v1/no-such-route");

        LoadResult r = driver.closedLoop(missing, 1, NO_WARM_UP, Bounds.of(3, LONG));

        assertThat(r.errors()).isEqualTo(3);
        assertThat(r.recorded()).isZero();
        assertThat(r.firstError()).isEqualTo("404 on GET /api/v1/no-such-route");
    }
}
