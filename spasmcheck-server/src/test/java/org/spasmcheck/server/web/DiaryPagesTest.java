package org.spasmcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.server.TestServer;

/** The web diary and the result page's share links without JavaScript: forms, 303 redirects, cookies. */
class DiaryPagesTest {
    @TempDir
    Path dir;
    TestServer server;
    FormClient browser;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        browser = new FormClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Map<String, List<String>> cramp(int daysAgo, String duration, String intensity) {
        Map<String, List<String>> form = new HashMap<>();
        form.put(EpisodeForm.START, List.of(LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo) + "T23:10"));
        form.put(EpisodeForm.DURATION, List.of(duration));
        form.put(EpisodeForm.DURATION_UNIT, List.of(EpisodeForm.MINUTES));
        form.put(EpisodeForm.MUSCLE_GROUP, List.of("calf"));
        form.put(EpisodeForm.SIDE, List.of("right"));
        form.put(EpisodeForm.INTENSITY, List.of(intensity));
        form.put(EpisodeForm.TRIGGER, List.of("night_rest"));
        form.put(EpisodeForm.NOTE, List.of("after a long walk <b>not bold</b>"));
        return form;
    }

    @Test
    void newDiary_setsAnHttpOnlyCookieForTheDiaryPagesOnly_andShowsTheKey() {
        HttpResponse<String> created = browser.post("/diary/new", Map.of());
        assertThat(created.statusCode()).isEqualTo(303);
        String cookie = created.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("Path=/diary", "HttpOnly", "SameSite=Lax");
        String key = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertThat(browser.get("/diary").body()).contains(key, "Add a cramp", "Your diary is empty");
    }

    @Test
    void addedCramp_isListedEscaped_andChartsAppear() {
        browser.post("/diary/new", Map.of());
        HttpResponse<String> added = browser.post("/diary/episodes", cramp(1, "3", "6"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location").orElseThrow()).startsWith("/diary?added=").endsWith("#episodes");
        String page = browser.get("/diary").body();
        assertThat(page).contains("3 minutes", "6 out of 10", "right side", "&lt;b&gt;not bold&lt;/b&gt;",
                "role=\"img\"").doesNotContain("<b>not bold</b>");
    }

    @Test
    void wrongCramp_isExplainedField_byField_andWhatWasTypedIsKept() {
        browser.post("/diary/new", Map.of());
        Map<String, List<String>> form = cramp(1, "0", "12");
        HttpResponse<String> r = browser.post("/diary/episodes", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Please check the cramp you added", "duration_seconds: out of range: 0",
                "intensity: out of range: 12", "value=\"12\"", "after a long walk");
        assertThat(browser.get("/diary").body()).contains("Your diary is empty");
    }

    @Test
    void anotherBrowser_cannotSeeTheDiary_butOpensItWithTheKey() {
        String cookie = browser.post("/diary/new", Map.of()).headers().firstValue("Set-Cookie").orElseThrow();
        String key = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        browser.post("/diary/episodes", cramp(1, "3", "6"));

        FormClient other = new FormClient(server.baseUrl());
        assertThat(other.get("/diary").body()).doesNotContain("6 out of 10").contains("Start my diary");
        HttpResponse<String> wrong = other.post("/diary/open", Map.of("key", List.of("A".repeat(43))));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("No diary opens with this key");
        assertThat(other.post("/diary/open", Map.of("key", List.of(key))).statusCode()).isEqualTo(303);
        assertThat(other.get("/diary").body()).contains("6 out of 10");
    }

    @Test
    void interviewFromTheDiary_showsTheDiaryAnswers_andOnlyTheChangePageMayChangeOne() {
        browser.post("/diary/new", Map.of());
        for (int i = 0; i < 4; i++) {
            browser.post("/diary/episodes", cramp(i, "2", "5"));
        }
        String a = browser.post("/diary/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        String question = browser.get(a).body();
        assertThat(question).contains("Answers from your diary", "From your diary", "/change/cramp_location");

        // A stale form for an answered question does not change it; the change page's form does.
        Map<String, List<String>> stale = Map.of("finding", List.of("cramp_location"), "answer", List.of("neck"));
        browser.post(a, stale);
        assertThat(browser.get(a).body()).contains("/change/cramp_location");
        String changePage = browser.get(a + "/change/cramp_location").body();
        assertThat(changePage).contains("Change your answer", "name=\"change\" value=\"1\"");
        Map<String, List<String>> change = Map.of("finding", List.of("cramp_location"), "answer", List.of("foot"),
                "change", List.of("1"));
        assertThat(browser.post(a, change).statusCode()).isEqualTo(303);
        assertThat(browser.get(a).body()).doesNotContain("/change/cramp_location");
    }

    @Test
    void resultOfAnInterviewFromADiary_repeatsTheDiarysEscalation() {
        browser.post("/diary/new", Map.of());
        browser.post("/diary/episodes", cramp(1, "15", "8"));
        String a = browser.post("/diary/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        String result = answerUntilTheEnd(a);
        assertThat(result).contains("Your cramp diary also shows:", "One that lasts longer should be checked");
    }

    /** Answers "don't know" (or no) to every question and returns the page the interview ends on. */
    private String answerUntilTheEnd(String a) {
        for (int step = 0; step < 80; step++) {
            HttpResponse<String> page = browser.get(a);
            if (page.statusCode() == 303) {
                return browser.get(page.headers().firstValue("Location").orElseThrow()).body();
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"finding\" value=\"([a-z0-9_]+)\"")
                    .matcher(page.body());
            assertThat(m.find()).as("a question page").isTrue();
            var f = TestServer.KB.findings().get(m.group(1));
            browser.post(a, Answers.form(f, Answers.NIGHT_CALF_CRAMPS.answer(f)));
        }
        throw new AssertionError("the interview did not end");
    }
}
