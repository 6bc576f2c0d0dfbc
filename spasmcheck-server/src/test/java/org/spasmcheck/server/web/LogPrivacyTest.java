package org.spasmcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.security.ApiKeys;
import org.spasmcheck.server.security.FormTokens;
import org.spasmcheck.server.security.RateLimit;
import org.spasmcheck.server.security.RateLimits;
import org.spasmcheck.server.service.AccessToken;
import org.spasmcheck.store.Database;

/**
 * Personal health data never reaches the logs: full sessions (API and web interviews, a diary with notes, share
 * links, the report PDF, and error paths with bad input) run with everything the process writes to System.out and
 * System.err (where slf4j-simple logs) captured; no answer value, diary note, token, key or share token may appear in
 * it. Every secret and free text carries a random marker, so the test fails if any one of them leaks.
 */
class LogPrivacyTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_TYPE = "application/json";
    final SecureRandom random = new SecureRandom();
    final List<String> secrets = new ArrayList<>();
    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream realOut;
    PrintStream realErr;

    @TempDir
    Path dir;
    TestServer server;
    String apiKey;

    @BeforeEach
    void captureOutputAndStart() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(new Tee(realOut, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(realErr, captured), true, StandardCharsets.UTF_8));
        apiKey = secret("apikey");
        // An API key and small limits, so that the 401 and 429 paths run too.
        ServerSettings settings = ServerSettings.defaults(0)
                .withApiKeys(ApiKeys.ofHashes(List.of(AccessToken.hash(apiKey))))
                .withRateLimits(new RateLimits(new RateLimit(12, java.time.Duration.ofHours(1)), null));
        server = TestServer.start(Database.open(Database.defaultSqliteUrl(dir)), settings);
    }

    @AfterEach
    void restoreOutput() {
        if (server != null) {
            server.close();
        }
        System.setOut(realOut);
        System.setErr(realErr);
    }

    @Test
    void fullSessionsAndErrorPaths_leaveNoAnswerNoteTokenOrKeyInTheLogs() throws Exception {
        String canary = secret("canary");
        LoggerFactory.getLogger(LogPrivacyTest.class).warn("log capture check {}", canary);
        assertThat(log()).as("the capture sees what the server's logger writes").contains(canary);
        secrets.remove(canary);

        apiSessions();
        webSessions();
        errorPaths();

        String log = log();
        List<String> leaked = secrets.stream().filter(log::contains).toList();
        assertThat(secrets).hasSizeGreaterThan(20);
        assertThat(leaked).as("secrets and answers found in the logs:%n%s", log).isEmpty();
    }

    private void apiSessions() throws Exception {
        String age = number(18, 80);
        String weeks = number(2, 50);
        JsonNode created = json(server.post("/api/v1/assessments", "{\"evidence\": {\"age_years\": " + age
                + ", \"problem_duration_weeks\": " + weeks + "}}"));
        String id = created.get("id").asText();
        String token = keep(created.get("token").asText());
        String bearer = "Bearer " + token;
        String perWeek = number(1, 20);
        assertThat(server.post("/api/v1/assessments/" + id + "/answers", "{\"answers\": {\"cramps_per_week\": " + perWeek
                + ", \"sex\": \"female\"}}", "Authorization", bearer).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/assessments/" + id, "Authorization", bearer).statusCode()).isEqualTo(200);
        assertThat(server.delete("/api/v1/assessments/" + id + "/answers/last", "Authorization", bearer).statusCode())
                .isEqualTo(200);
        assertThat(server.get("/api/v1/assessments/" + id + "/report.pdf", "Authorization", bearer).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/assessments/" + id + "/report.fhir.json", "Authorization", bearer).statusCode())
                .isEqualTo(200);
        JsonNode share = json(server.post("/api/v1/assessments/" + id + "/shares", "{}", "Authorization", bearer));
        String shareUrl = share.get("url").asText();
        keep(shareUrl.substring(shareUrl.lastIndexOf('/') + 1));
        assertThat(server.get(shareUrl).statusCode()).isEqualTo(200);
        assertThat(server.get(shareUrl + "/report.pdf").statusCode()).isEqualTo(200);

        String key = keep(json(server.post("/api/v1/diary", "")).get("key").asText());
        String note = secret("note");
        String helped = secret("helped");
        assertThat(server.post("/api/v1/diary/episodes", "{\"start\": \"" + LocalDate.now(ZoneOffset.UTC).minusDays(1)
                + "T02:30\", \"duration_seconds\": 120, \"muscle_group\": \"calf\", \"side\": \"left\", \"intensity\": 6, "
                + "\"trigger\": \"night_rest\", \"helped\": \"" + helped + "\", \"note\": \"" + note + "\"}",
                "Authorization", "Bearer " + key).statusCode()).isEqualTo(201);
        assertThat(server.get("/api/v1/diary", "Authorization", "Bearer " + key).statusCode()).isEqualTo(200);
        JsonNode fromDiary = json(server.post("/api/v1/diary/assessments", "", "Authorization", "Bearer " + key));
        keep(fromDiary.get("token").asText());

        assertThat(server.post("/api/v1/assess", "{\"evidence\": {\"age_years\": " + number(18, 80) + "}}",
                ApiKeys.HEADER, apiKey).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/knowledge/version", "Authorization", "ApiKey " + apiKey).statusCode()).isEqualTo(200);
    }

    private void webSessions() {
        FormClient browser = new FormClient(server.baseUrl());
        keep(browser.formToken());
        HttpResponse<String> started = browser.post("/interview", Map.of());
        keepCookies(started);
        String a = started.headers().firstValue("Location").orElseThrow();
        Finding location = TestServer.KB.findings().get("cramp_location");
        assertThat(browser.post(a, Answers.form(location, List.of("calf"))).statusCode()).isEqualTo(303);
        Finding age = TestServer.KB.findings().get("age_years");
        assertThat(browser.post(a, Answers.form(age, List.of(number(18, 80)))).statusCode()).isEqualTo(303);
        assertThat(browser.post(a + "/back", Map.of()).statusCode()).isEqualTo(303);
        assertThat(browser.post(a, Answers.form(age, List.of(number(18, 80)))).statusCode()).isEqualTo(303);
        assertThat(browser.get(a + "/report.pdf").statusCode()).isEqualTo(200);
        HttpResponse<String> shared = browser.post(a + "/shares", Map.of("days", List.of("7")));
        String url = shared.body().replaceAll("(?s).*id=\"share-url\"[^>]*value=\"([^\"]+)\".*", "$1");
        keep(url.substring(url.lastIndexOf('/') + 1));

        HttpResponse<String> diary = browser.post("/diary/new", Map.of());
        keepCookies(diary);
        Map<String, List<String>> cramp = new HashMap<>(DiaryPagesTest.cramp(1, "3", "6"));
        cramp.put(EpisodeForm.NOTE, List.of(secret("webnote")));
        assertThat(browser.post("/diary/episodes", cramp).statusCode()).isEqualTo(303);
        Map<String, List<String>> wrong = new HashMap<>(DiaryPagesTest.cramp(1, "0", "12"));
        wrong.put(EpisodeForm.NOTE, List.of(secret("wrongnote")));
        assertThat(browser.post("/diary/episodes", wrong).statusCode()).isEqualTo(400);
        keepCookies(browser.post("/diary/interview", Map.of()));
        assertThat(new FormClient(server.baseUrl()).post("/diary/open", Map.of("key", List.of(secret("wrongkey"))))
                .statusCode()).isEqualTo(404);
    }

    private void errorPaths() {
        String text = secret("answertext");
        assertThat(server.post("/api/v1/assessments", "{\"evidence\": {\"age_years\": \"" + text + "\"}}").statusCode())
                .isEqualTo(422);
        assertThat(server.post("/api/v1/assessments", "{\"evidence\": {\"" + secret("finding") + "\": true}}").statusCode())
                .isEqualTo(422);
        assertThat(server.post("/api/v1/assessments", "{\"evidence\": {\"sex\": \"" + secret("broken") + "}").statusCode())
                .isEqualTo(400);
        assertThat(server.post("/api/v1/assessments", "{\"" + secret("field") + "\": 1}").statusCode()).isEqualTo(400);
        String wrongToken = secret("token");
        assertThat(server.get("/api/v1/assessments/" + secret("id"), "Authorization", "Bearer " + wrongToken).statusCode())
                .isEqualTo(404);
        assertThat(server.get("/api/v1/diary", "Authorization", "Bearer " + secret("diarykey")).statusCode()).isEqualTo(404);
        assertThat(server.get("/s/" + secret("sharetoken")).statusCode()).isEqualTo(404);
        assertThat(server.post("/api/v1/assess", "{\"evidence\": {}}", ApiKeys.HEADER, secret("wrongapikey")).statusCode())
                .isEqualTo(401);
        assertThat(new FormClient(server.baseUrl()).postWithoutToken("/interview",
                Map.of(FormTokens.FIELD, List.of(secret("formtoken")))).statusCode()).isEqualTo(403);
        assertThat(server.get("/learn/" + secret("page")).statusCode()).isEqualTo(404);
        int status = 0;
        for (int i = 0; i < 20 && status != 429; i++) {
            status = server.post("/api/v1/diary", "").statusCode();
        }
        assertThat(status).as("the creation limit was reached").isEqualTo(429);
    }

    /** A random marker that must not appear in the logs. */
    private String secret(String kind) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return keep(kind + "-" + HexFormat.of().formatHex(bytes));
    }

    /** A number answer with six random decimals, so that its text is as unlikely in a log as a marker. */
    private String number(int from, int to) {
        String n = String.format(Locale.ROOT, "%d.%06d", from + random.nextInt(to - from), 1 + random.nextInt(999_998));
        return keep(n);
    }

    private String keep(String secret) {
        secrets.add(secret);
        return secret;
    }

    private void keepCookies(HttpResponse<String> r) {
        r.headers().allValues("Set-Cookie").forEach(c -> {
            String value = c.substring(c.indexOf('=') + 1, c.indexOf(';'));
            if (!value.isEmpty()) {
                keep(value);
            }
        });
    }

    private String log() {
        System.out.flush();
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return JSON.readTree(r.body());
    }

    /** Writes to the real stream and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream real;
        private final OutputStream copy;

        Tee(OutputStream real, OutputStream copy) {
            this.real = real;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            real.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            real.write(b, off, len);
            copy.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            real.flush();
        }
    }
}
