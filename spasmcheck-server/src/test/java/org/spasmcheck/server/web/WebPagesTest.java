package org.spasmcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Myth;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.Treatment;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.store.AnswerEvent;
import org.spasmcheck.store.Database;

/** The web pages through plain HTTP, as a browser with JavaScript off uses them: forms, 303 redirects, cookies. */
class WebPagesTest {
    static final KnowledgeBase KB = TestServer.KB;
    /** Each page must stay small enough for a slow phone connection. */
    static final int MAX_PAGE_BYTES = 100 * 1024;
    /** More than any interview can ask (the cap plus opening and red-flag questions), so a loop always ends. */
    static final int MAX_STEPS = 60;
    private static final Pattern FINDING = Pattern.compile("name=\"finding\" value=\"([a-z0-9_]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]+)\"");

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

    @Test
    void startPageSaysWhatItIsAndWhenToCallForHelp() {
        HttpResponse<String> r = browser.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(text(r)).contains("<html lang=\"en\">", "Skip to main content", "not a diagnosis",
                "about 2 minutes", "chest", "Trouble breathing", "cold and pale", "stiff jaw", "Confusion",
                "href=\"tel:112\"", "href=\"tel:911\"", "<form method=\"post\" action=\"/interview\"");
        assertSmall(r);
    }

    @Test
    void startPageNamesTheConfiguredEmergencyNumbers(@TempDir Path other) {
        try (TestServer s = TestServer.start(Database.open(Database.defaultSqliteUrl(other)),
                new ServerSettings(0, List.of("000"), ServerSettings.MAX_BODY_BYTES))) {
            String body = text(new FormClient(s.baseUrl()).get("/"));
            assertThat(body).contains("href=\"tel:000\"").doesNotContain("tel:911");
        }
    }

    @Test
    void startCreatesAnAssessmentWithAnHttpOnlyCookieScopedToIt() {
        HttpResponse<String> r = browser.post("/interview", Map.of());
        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/a/[A-Za-z0-9_-]+");
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(AssessmentCookie.NAME + "=").contains("; Path=" + location, "; HttpOnly",
                "; SameSite=Lax");

        HttpResponse<String> page = browser.get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        Finding first = KB.findings().get(KB.interview().firstQuestions().get(0));
        assertThat(text(page)).contains(PlainWords.question(first), "Why we ask", first.why(),
                "<fieldset", "<legend>", "type=\"checkbox\"", "Calf (back of the lower leg)", "Don't know",
                "Question 1.", "About " + KB.interview().questionCap() + " more");
        assertSmall(page);
    }

    @Test
    void withoutTheCookieOrWithAnotherOneTheAssessmentIsNotFound() {
        String mine = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        FormClient stranger = new FormClient(server.baseUrl());
        String theirs = stranger.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();

        FormClient noCookies = new FormClient(server.baseUrl(), false);
        for (String path : List.of(mine, mine + "/result", mine + "/emergency")) {
            HttpResponse<String> r = noCookies.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(text(r)).contains("<h1>We could not find this page</h1>").doesNotContain("Why we ask");
        }
        assertThat(noCookies.get(mine, "Cookie", AssessmentCookie.NAME + "=wrong-token").statusCode()).isEqualTo(404);
        // The stranger's own cookie does not open my assessment, even sent on purpose.
        assertThat(stranger.get(mine).statusCode()).isEqualTo(404);
        Finding first = KB.findings().get("cramp_location");
        assertThat(stranger.post(mine, Answers.form(first, List.of("calf"))).statusCode()).isEqualTo(404);
        assertThat(stranger.post(mine + "/back", Map.of()).statusCode()).isEqualTo(404);
        assertThat(noCookies.get("/a/not*an*id").statusCode()).isEqualTo(404);
        assertThat(stranger.get(theirs).statusCode()).isEqualTo(200);
    }

    @Test
    void answersArePostedAndRedirectedToTheNextQuestion() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> r = browser.post(a, Answers.form(KB.findings().get("cramp_location"), List.of("calf", "foot")));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(a);
        HttpResponse<String> next = browser.get(a);
        assertThat(currentFinding(next)).isEqualTo("age_years");
        assertThat(text(next)).contains("type=\"number\"", "min=\"0\"", "max=\"120\"", "years", "I don't know",
                "You have answered 1 question.", "Back: change my last answer");
    }

    @Test
    void aWrongAnswerShowsTheQuestionAgainWithWhatIsAllowed() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> none = browser.post(a, Map.of("finding", List.of("cramp_location")));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(text(none)).contains("role=\"alert\"", "Please tick every answer that fits", "Calf (back of the lower leg)");

        HttpResponse<String> unknownOption = browser.post(a, Answers.form(KB.findings().get("cramp_location"), List.of("elbow")));
        assertThat(unknownOption.statusCode()).isEqualTo(400);

        HttpResponse<String> both = browser.post(a, Answers.form(KB.findings().get("cramp_location"), List.of("calf", "dont_know")));
        assertThat(text(both)).contains("only Don't know");

        browser.post(a, Answers.form(KB.findings().get("cramp_location"), List.of("calf")));
        Finding age = KB.findings().get("age_years");
        HttpResponse<String> word = browser.post(a, Answers.form(age, List.of("forty")));
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(text(word)).contains("\"forty\" is not a number", "from 0 to 120 (years)", "value=\"forty\"",
                "aria-invalid=\"true\"");
        HttpResponse<String> tooOld = browser.post(a, Answers.form(age, List.of("130")));
        assertThat(text(tooOld)).contains("130 is outside the range", "from 0 to 120");
        assertThat(currentFinding(browser.get(a))).isEqualTo("age_years");
    }

    @Test
    void aFormOfAnEarlierPageDoesNotAnswerTheOpenQuestion() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        Finding location = KB.findings().get("cramp_location");
        browser.post(a, Answers.form(location, List.of("calf")));
        HttpResponse<String> stale = browser.post(a, Answers.form(location, List.of("neck")));
        assertThat(stale.statusCode()).isEqualTo(303);
        assertThat(currentFinding(browser.get(a))).isEqualTo("age_years");
        assertThat(lastValue(a, "cramp_location")).isEqualTo("[\"calf\"]");
    }

    @Test
    void aFormOfAnOlderVersion_answersNothing_evenForTheQuestionThatIsOpenAgain() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        Finding location = KB.findings().get("cramp_location");
        HttpResponse<String> first = browser.get(a);
        String shownAt = formVersion(first);
        browser.post(a, withVersion(Answers.form(location, List.of("calf")), shownAt));
        browser.post(a + "/back", Map.of("version", List.of(formVersion(browser.get(a)))));
        assertThat(currentFinding(browser.get(a))).as("the same question is open again").isEqualTo("cramp_location");

        HttpResponse<String> stale = browser.post(a, withVersion(Answers.form(location, List.of("neck")), shownAt));

        assertThat(stale.statusCode()).isEqualTo(303);
        assertThat(stale.headers().firstValue("Location")).hasValue(a);
        assertThat(lastValue(a, "cramp_location")).as("the answer of the other tab was not recorded").isNull();
        assertThat(formVersion(browser.get(a))).isNotEqualTo(shownAt);
    }

    @Test
    void theBackButtonOfAnOlderPage_undoesNothing() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        String firstPage = formVersion(browser.get(a));
        browser.post(a, withVersion(Answers.form(KB.findings().get("cramp_location"), List.of("calf")), firstPage));
        String secondPage = formVersion(browser.get(a));
        browser.post(a, withVersion(Answers.form(KB.findings().get("age_years"), List.of("45")), secondPage));

        HttpResponse<String> staleBack = browser.post(a + "/back", Map.of("version", List.of(secondPage)));

        assertThat(staleBack.statusCode()).isEqualTo(303);
        assertThat(currentFinding(browser.get(a))).as("nothing undone").isEqualTo("sex");
        assertThat(lastValue(a, "age_years")).isEqualTo("45.0");
    }

    @Test
    void backUndoesTheLastAnswerSoItCanBeChanged() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        browser.post(a, Answers.form(KB.findings().get("cramp_location"), List.of("calf")));
        browser.post(a, Answers.form(KB.findings().get("age_years"), List.of("45")));
        assertThat(currentFinding(browser.get(a))).isEqualTo("sex");

        HttpResponse<String> back = browser.post(a + "/back", Map.of());
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).hasValue(a);
        assertThat(currentFinding(browser.get(a))).isEqualTo("age_years");

        browser.post(a, Answers.form(KB.findings().get("age_years"), List.of("70")));
        assertThat(currentFinding(browser.get(a))).isEqualTo("sex");
        assertThat(lastValue(a, "age_years")).isEqualTo("70.0");

        browser.post(a + "/back", Map.of());
        browser.post(a + "/back", Map.of());
        HttpResponse<String> first = browser.get(a);
        assertThat(currentFinding(first)).isEqualTo("cramp_location");
        assertThat(text(first)).doesNotContain("Back: change my last answer");
        assertThat(browser.post(a + "/back", Map.of()).statusCode()).as("back on the first question").isEqualTo(303);
    }

    @Test
    void aFullInterviewWithoutJavaScriptEndsAtASelfCareResult() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        String end = interview(a, Answers.NIGHT_CALF_CRAMPS);
        assertThat(end).isEqualTo(a + "/result");
        HttpResponse<String> result = browser.get(end);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Cache-Control")).hasValue("no-store");
        String body = text(result);
        Condition nlc = KB.condition("nocturnal_leg_cramps").orElseThrow();
        assertThat(body).contains("triage-self-care", "Self-care: you can look after this at home", "Urgency 1 of 5",
                "<h3><a href=\"/learn/nocturnal_leg_cramps\">" + nlc.layName() + "</a></h3>", "<details>",
                "Why? The answers for and against", "LR ", "href=\"/learn/sources#", "Tests to talk about",
                "Evidence: ", "What is not recommended", "Quinine", "FDA boxed warning", "When to get medical help",
                "Knowledge base version " + KB.version(), "data-print", "Other causes");
        assertThat(body).contains(KB.disclaimer());
        assertThat(body.indexOf(nlc.layName())).as("night cramps are the first cause")
                .isLessThan(body.indexOf("Other causes"));
        assertSmall(result);
        // The question page of a finished interview leads to the result.
        assertThat(browser.get(a).headers().firstValue("Location")).hasValue(end);
        assertThat(browser.get(a + "/emergency").headers().firstValue("Location")).hasValue(end);
    }

    @Test
    void anEmergencyRedFlagStopsTheInterviewAtTheEmergencyPage() {
        String a = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        String end = interview(a, Answers.YES_TO_EVERYTHING);
        assertThat(end).isEqualTo(a + "/emergency");
        HttpResponse<String> page = browser.get(end);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = text(page);
        assertThat(body).contains("This may be an emergency", "href=\"tel:112\"", "href=\"tel:911\"", "What to do now")
                .doesNotContain("<nav");
        List<String> advice = KB.rules().stream().filter(r -> r.level().isEmergency()).map(RedFlagRule::advice)
                .filter(x -> body.contains(x)).toList();
        assertThat(advice).as("the fired rule's advice").isNotEmpty();
        assertSmall(page);
        // The question page and the result of a stopped interview are reachable; the question page redirects here.
        assertThat(browser.get(a).headers().firstValue("Location")).hasValue(end);
        assertThat(browser.get(a + "/result").statusCode()).isEqualTo(200);
        // Going back from the emergency reopens the question that triggered it.
        assertThat(browser.post(a + "/back", Map.of()).headers().firstValue("Location")).hasValue(a);
        assertThat(browser.get(a).statusCode()).isEqualTo(200);
    }

    @Test
    void learnIndexListsEveryCondition() {
        HttpResponse<String> r = browser.get("/learn");
        assertThat(r.statusCode()).isEqualTo(200);
        for (Condition c : KB.conditions()) {
            assertThat(text(r)).contains("href=\"/learn/" + c.id() + "\"", c.layName());
        }
        assertThat(text(r)).contains("href=\"/learn/myths\"");
        assertSmall(r);
    }

    @Test
    void everyConditionPageShowsItsKnowledgeWithFullCitations() {
        for (Condition c : KB.conditions()) {
            HttpResponse<String> r = browser.get("/learn/" + c.id());
            assertThat(r.statusCode()).as(c.id()).isEqualTo(200);
            String body = text(r);
            assertThat(body).as(c.id()).contains("<h1>" + c.layName() + "</h1>", c.summary(),
                    c.clinicianSummary(), "For clinicians", "When to get help");
            c.keyFacts().forEach(f -> assertThat(body).contains(f));
            c.workup().forEach(w -> assertThat(body).contains(w.lay()));
            c.treatments().forEach(t -> assertThat(body).contains(t.lay(), t.grade().label()));
            c.prevention().forEach(p -> assertThat(body).contains(p.text()));
            c.safetyNet().forEach(s -> assertThat(body).contains(s));
            c.treatments().stream().map(Treatment::citation).flatMap(x -> x.sources().stream())
                    .filter(KB.sources()::containsKey)
                    .forEach(key -> assertThat(body).as(c.id() + " cites " + key)
                            .contains("id=\"" + key + "\"", KB.sources().get(key).citation()));
            assertSmall(r);
        }
        String nlc = text(browser.get("/learn/nocturnal_leg_cramps"));
        assertThat(nlc).contains("Quinine", "FDA boxed warning", "Not recommended", "Allen RE, Kirby KA");
    }

    @Test
    void mythsPageShowsEveryClaimAndFactWithSources() {
        HttpResponse<String> r = browser.get("/learn/myths");
        assertThat(r.statusCode()).isEqualTo(200);
        for (Myth m : KB.myths()) {
            assertThat(text(r)).contains(m.claim(), m.fact());
            m.citation().sources().stream().filter(KB.sources()::containsKey).forEach(k -> assertThat(text(r)).contains("href=\"/learn/sources#" + k + "\"",
                    "id=\"" + k + "\""));
        }
        assertSmall(r);
    }

    @Test
    void sourcesPageListsEverySource() {
        HttpResponse<String> r = browser.get("/learn/sources");
        assertThat(r.statusCode()).isEqualTo(200);
        KB.sources().values().forEach(s -> assertThat(text(r)).contains("id=\"" + s.key() + "\"", s.citation()));
        assertSmall(r);
    }

    @Test
    void anUnknownConditionIsAnHtmlNotFoundPage() {
        HttpResponse<String> r = browser.get("/learn/no_such_condition");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(text(r)).contains("<html lang=\"en\">", "<h1>We could not find this page</h1>", "href=\"/learn\"");
        HttpResponse<String> unknownPath = browser.get("/no/such/page");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(text(unknownPath)).contains("<h1>We could not find this page</h1>");
    }

    @Test
    void styleSheetAndScriptAreServedSmallAndCacheable() {
        String page = text(browser.get("/"));
        Matcher css = Pattern.compile("href=\"(/static/spasmcheck\\.css\\?v=[0-9a-f]+)\"").matcher(page);
        assertThat(css.find()).isTrue();
        HttpResponse<String> r = browser.get(css.group(1));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(text(r)).contains("@media print", ":focus-visible");
        assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(20 * 1024);
        HttpResponse<String> js = browser.get("/static/spasmcheck.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(5 * 1024);
        assertThat(browser.get("/static/other.css").statusCode()).isEqualTo(404);
    }

    /** Answers every question with the given person until the interview stops; returns where it ended. */
    private String interview(String assessment, Answers person) {
        List<String> asked = new ArrayList<>();
        for (int step = 0; step < MAX_STEPS; step++) {
            HttpResponse<String> page = browser.get(assessment);
            if (page.statusCode() == 303) {
                return page.headers().firstValue("Location").orElseThrow();
            }
            assertThat(page.statusCode()).isEqualTo(200);
            assertSmall(page);
            Finding f = KB.findings().get(currentFinding(page));
            asked.add(f.id());
            HttpResponse<String> answered = browser.post(assessment, Answers.form(f, person.answer(f)));
            assertThat(answered.statusCode()).as("answer to " + f.id() + ": " + text(answered)).isEqualTo(303);
        }
        throw new AssertionError("the interview did not end after " + MAX_STEPS + " questions: " + asked);
    }

    /** The version a question page's forms send back (the hidden field). */
    static String formVersion(HttpResponse<String> page) {
        Matcher m = VERSION.matcher(page.body());
        assertThat(m.find()).as("a form with its version: " + text(page)).isTrue();
        return m.group(1);
    }

    private static Map<String, List<String>> withVersion(Map<String, List<String>> form, String version) {
        Map<String, List<String>> out = new HashMap<>(form);
        out.put("version", List.of(version));
        return out;
    }

    private String lastValue(String assessmentPath, String findingId) {
        String id = assessmentPath.substring("/a/".length());
        List<AnswerEvent> log = server.database().assessments().find(id).orElseThrow().log();
        return log.stream().filter(e -> e.findingId().equals(findingId)).reduce((x, y) -> y).orElseThrow().valueJson();
    }

    static String currentFinding(HttpResponse<String> page) {
        Matcher m = FINDING.matcher(page.body());
        assertThat(m.find()).as("a question page: " + text(page)).isTrue();
        return m.group(1);
    }

    static void assertSmall(HttpResponse<String> page) {
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).as(page.uri() + " page weight")
                .isLessThan(MAX_PAGE_BYTES);
    }

    /** The page with character references turned back into characters, to compare with knowledge-base text. */
    static String text(HttpResponse<String> page) {
        return page.body().replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
