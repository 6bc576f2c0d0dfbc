package org.spasmcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.server.MovableClock;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.StoredRows;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.security.RateLimit;
import org.spasmcheck.server.security.RateLimits;
import org.spasmcheck.store.Database;

/** The web's creations share the per-address limit of the API; over it, a plain page says how long to wait. */
class WebRateLimitTest {
    /** Two creations a minute: one comes back every 30 s. */
    static final RateLimit TWO_A_MINUTE = new RateLimit(2, Duration.ofMinutes(1));

    @TempDir
    Path dir;
    final MovableClock clock = new MovableClock(Instant.now());
    TestServer server;
    FormClient browser;

    @BeforeEach
    void start() {
        server = TestServer.start(Database.open(Database.defaultSqliteUrl(dir)),
                ServerSettings.defaults(0).withRateLimits(new RateLimits(TWO_A_MINUTE, null)), clock);
        browser = new FormClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void overTheLimit_aCheckADiaryOrAShareLink_getsAPageWithRetryAfter_andNothingIsCreated() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        assertThat(browser.post("/diary/new", Map.of()).statusCode()).isEqualTo(303);
        Map<String, Long> before = StoredRows.snapshot(server.database());
        for (HttpResponse<String> r : List.of(browser.post("/interview", Map.of()), browser.post("/diary/new", Map.of()),
                browser.post(a + "/shares", Map.of("days", List.of("7"))), browser.post("/diary/interview", Map.of()))) {
            assertThat(r.statusCode()).as(r.uri().getPath()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).as(r.uri().getPath()).hasValue("30");
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(WebPagesTest.text(r)).contains("<h1>Please wait a moment</h1>", "wait 30 seconds and try again");
        }
        assertThat(StoredRows.snapshot(server.database())).isEqualTo(before);
        // Answering is not limited.
        assertThat(browser.post(a, Answers.form(TestServer.KB.findings().get("cramp_location"), List.of("calf")))
                .statusCode()).isEqualTo(303);

        clock.advance(Duration.ofSeconds(30));
        assertThat(browser.post("/interview", Map.of()).statusCode()).isEqualTo(303);
    }
}
