package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.server.api.ApiClient.bearer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.server.MovableClock;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.security.ApiKeys;
import org.spasmcheck.server.security.RateLimit;
import org.spasmcheck.server.security.RateLimits;
import org.spasmcheck.store.Database;

/**
 * Creation endpoints are limited per address: a token bucket of N requests refilled evenly over the period. The N+1th
 * request is 429 with a problem and Retry-After in whole seconds; the bucket refills with time (moved by the test).
 */
class RateLimitApiTest {
    /** 3 creations a minute: one comes back every 20 s. */
    static final RateLimit CREATIONS = new RateLimit(3, Duration.ofMinutes(1));
    /** 2 stateless assessments per 10 s: one comes back every 5 s. */
    static final RateLimit ONE_SHOTS = new RateLimit(2, Duration.ofSeconds(10));
    static final String ASSESS = "/api/v1/assess";
    static final String ASSESS_BODY = "{\"evidence\": {\"cramps_at_rest_night\": true}}";

    @TempDir
    Path dir;
    /** Now, so the diary takes episodes of the last days; the test moves it for the refills. */
    final MovableClock clock = new MovableClock(Instant.now());
    TestServer server;
    ApiClient api;

    private void start(ServerSettings settings) {
        server = TestServer.start(Database.open(Database.defaultSqliteUrl(dir)), settings, clock);
        api = new ApiClient(server);
    }

    private void startWithLimits() {
        start(ServerSettings.defaults(0).withRateLimits(new RateLimits(CREATIONS, ONE_SHOTS)));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theFourthCreationInAMinute_is429WithRetryAfter_andNothingIsCreated() {
        startWithLimits();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(AssessmentApiTest.ASSESSMENTS, "").status()).isEqualTo(201);
        }
        ApiClient.Response refused = api.post(AssessmentApiTest.ASSESSMENTS, "");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("20");
        assertThat(refused.json().get("type").asText()).isEqualTo(Problems.TOO_MANY_REQUESTS);
        assertThat(refused.json().get("detail").asText()).contains("20 seconds");
        assertThat(refused.header("Location")).isNull();
    }

    @Test
    void assessmentsDiariesAndShareLinks_drawOnOneBucket_andReadsAndAnswersAreNotLimited() {
        startWithLimits();
        AssessmentApiTest.Created a = AssessmentApiTest.create(api, "");
        String key = DiaryApiTest.createDiary(api);
        assertThat(api.post(a.path() + "/shares", "", "Authorization", a.auth()).status()).isEqualTo(201);
        assertThat(api.post(DiaryRoutes.DIARY, "").status()).isEqualTo(429);
        assertThat(api.post(DiaryRoutes.DIARY + "/assessments", "", "Authorization", bearer(key)).status()).isEqualTo(429);
        assertThat(api.post(a.path() + "/shares", "", "Authorization", a.auth()).status()).isEqualTo(429);
        for (int i = 0; i < 10; i++) {
            assertThat(api.get(a.path(), "Authorization", a.auth()).status()).isEqualTo(200);
        }
        assertThat(api.post(a.path() + "/answers", "{\"answers\": {\"sex\": \"male\"}}", "Authorization", a.auth())
                .status()).isEqualTo(200);
        assertThat(api.post(DiaryRoutes.DIARY + "/episodes", DiaryApiTest.episode(1, "calf", "night_rest", 60),
                "Authorization", bearer(key)).status()).isEqualTo(201);
    }

    @Test
    void theBucketRefills_oneRequestPerInterval_andAllOfItAfterThePeriod() {
        startWithLimits();
        for (int i = 0; i < 3; i++) {
            api.post(AssessmentApiTest.ASSESSMENTS, "");
        }
        clock.advance(Duration.ofSeconds(19));
        ApiClient.Response almost = api.post(AssessmentApiTest.ASSESSMENTS, "");
        assertThat(almost.status()).isEqualTo(429);
        assertThat(almost.header("Retry-After")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.post(AssessmentApiTest.ASSESSMENTS, "").status()).isEqualTo(201);
        assertThat(api.post(AssessmentApiTest.ASSESSMENTS, "").header("Retry-After")).isEqualTo("20");

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(AssessmentApiTest.ASSESSMENTS, "").status()).as("after a full period, #" + i).isEqualTo(201);
        }
        assertThat(api.post(AssessmentApiTest.ASSESSMENTS, "").status()).isEqualTo(429);
    }

    @Test
    void statelessAssessments_haveTheirOwnLimit() {
        startWithLimits();
        for (int i = 0; i < 2; i++) {
            assertThat(api.post(ASSESS, ASSESS_BODY).status()).isEqualTo(200);
        }
        ApiClient.Response refused = api.post(ASSESS, ASSESS_BODY);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(api.post(AssessmentApiTest.ASSESSMENTS, "").status()).as("the creations' bucket is untouched").isEqualTo(201);
    }

    @Test
    void withApiKeys_statelessAssessmentsAreNotLimited_butCreationsStillAre() {
        String key = "k".repeat(43);
        start(ServerSettings.defaults(0).withRateLimits(new RateLimits(CREATIONS, ONE_SHOTS))
                .withApiKeys(ApiKeys.ofHashes(List.of(org.spasmcheck.server.service.AccessToken.hash(key)))));
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(ASSESS, ASSESS_BODY, ApiKeys.HEADER, key).status()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            api.post(AssessmentApiTest.ASSESSMENTS, "");
        }
        assertThat(api.post(AssessmentApiTest.ASSESSMENTS, "").status()).isEqualTo(429);
    }

    @Test
    void limitsSwitchedOff_allowManyCreationsFromOneAddress() {
        start(ServerSettings.defaults(0).withRateLimits(RateLimits.OFF));
        int beyondTheDefault = (int) RateLimits.DEFAULT_CREATIONS.requests() + 5;
        for (int i = 0; i < beyondTheDefault; i++) {
            assertThat(api.post(DiaryRoutes.DIARY, "").status()).isEqualTo(201);
        }
    }

    @Test
    void theDefaults_limitCreations() {
        start(ServerSettings.defaults(0));
        int allowed = (int) RateLimits.DEFAULT_CREATIONS.requests();
        for (int i = 0; i < allowed; i++) {
            assertThat(api.post(DiaryRoutes.DIARY, "").status()).isEqualTo(201);
        }
        ApiClient.Response refused = api.post(DiaryRoutes.DIARY, "");
        assertThat(refused.status()).isEqualTo(429);
        long interval = RateLimits.DEFAULT_CREATIONS.per().toSeconds() / RateLimits.DEFAULT_CREATIONS.requests();
        assertThat(refused.header("Retry-After")).isEqualTo(Long.toString(interval));
    }
}
