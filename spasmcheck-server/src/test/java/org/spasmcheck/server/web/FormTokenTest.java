package org.spasmcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.SpasmcheckServer;
import org.spasmcheck.server.StoredRows;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.api.ApiRoutes;
import org.spasmcheck.server.security.FormTokens;
import org.spasmcheck.store.Database;

/**
 * CSRF: every form post of the web needs this browser's form token. Without it, with a made-up one, or with another
 * browser's, the post is refused with 403 and a page that says to reload, and nothing stored changes.
 */
class FormTokenTest {
    @TempDir
    Path dir;
    TestServer server;
    FormClient browser;
    String assessment;
    String shareId;
    String episodeId;
    String diaryKey;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        browser = new FormClient(server.baseUrl());
        // An interview with one answer, a share link of it, and a diary with one cramp: things a forged post could change.
        assessment = browser.post("/interview", Map.of()).headers().firstValue("Location").orElseThrow();
        browser.post(assessment, Answers.form(finding("cramp_location"), List.of("calf")));
        assertThat(browser.post(assessment + "/shares", Map.of("days", List.of("7"))).statusCode()).isEqualTo(200);
        shareId = server.database().shareLinks().forAssessment(id(assessment)).get(0).id();
        String cookie = browser.post("/diary/new", Map.of()).headers().firstValue("Set-Cookie").orElseThrow();
        diaryKey = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        String added = browser.post("/diary/episodes", DiaryPagesTest.cramp(1, "3", "6")).headers()
                .firstValue("Location").orElseThrow();
        episodeId = added.replaceAll(".*added=([^#&]+).*", "$1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Each web form post with a form that would change something if the post were accepted. */
    private Map<String, Supplier<Request>> posts() {
        return Map.ofEntries(
                Map.entry("/interview", () -> new Request("/interview", Map.of())),
                Map.entry("/a/{id}", () -> new Request(assessment, Answers.form(finding("age_years"), List.of("45")))),
                Map.entry("/a/{id}/back", () -> new Request(assessment + "/back", Map.of())),
                Map.entry("/a/{id}/shares", () -> new Request(assessment + "/shares", Map.of("days", List.of("7")))),
                Map.entry("/a/{id}/shares/{shareId}/revoke",
                        () -> new Request(assessment + "/shares/" + shareId + "/revoke", Map.of())),
                Map.entry("/diary/new", () -> new Request("/diary/new", Map.of())),
                Map.entry("/diary/open", () -> new Request("/diary/open", Map.of("key", List.of(diaryKey)))),
                Map.entry("/diary/forget", () -> new Request("/diary/forget", Map.of())),
                Map.entry("/diary/episodes", () -> new Request("/diary/episodes", DiaryPagesTest.cramp(2, "4", "5"))),
                Map.entry("/diary/episodes/{episodeId}/delete",
                        () -> new Request("/diary/episodes/" + episodeId + "/delete", Map.of())),
                Map.entry("/diary/interview", () -> new Request("/diary/interview", Map.of())));
    }

    @Test
    void theTableCoversEveryFormPostTheWebRegisters() {
        assertThat(posts().keySet()).containsExactlyInAnyOrderElementsOf(webPosts());
    }

    @Test
    void everyFormPost_withoutAToken_isRefusedAndChangesNothing() {
        posts().forEach((route, request) -> assertRefused(route, request.get(), Map.of()));
    }

    @Test
    void everyFormPost_withAMadeUpToken_isRefusedAndChangesNothing() {
        posts().forEach((route, request) -> assertRefused(route, request.get(),
                Map.of(FormTokens.FIELD, List.of("A".repeat(43)))));
    }

    @Test
    void aTokenOfAnotherBrowser_doesNotMatchThisBrowsersCookie() {
        String theirs = new FormClient(server.baseUrl()).formToken();
        assertThat(theirs).isNotEqualTo(browser.formToken());
        posts().forEach((route, request) -> assertRefused(route, request.get(), Map.of(FormTokens.FIELD, List.of(theirs))));
    }

    @Test
    void theTokenWithoutItsCookie_isRefused() {
        FormClient noCookies = new FormClient(server.baseUrl(), false);
        Map<String, Long> before = StoredRows.snapshot(server.database());
        HttpResponse<String> r = noCookies.post("/interview", Map.of(FormTokens.FIELD, List.of(browser.formToken())));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(StoredRows.snapshot(server.database())).isEqualTo(before);
    }

    @Test
    void withTheToken_theSamePostsDoTheirWork() {
        Map<String, Long> before = StoredRows.snapshot(server.database());
        assertThat(browser.post("/interview", Map.of()).statusCode()).isEqualTo(303);
        assertThat(browser.post("/diary/episodes", DiaryPagesTest.cramp(2, "4", "5")).statusCode()).isEqualTo(303);
        assertThat(StoredRows.snapshot(server.database())).isNotEqualTo(before);
    }

    @Test
    void theFormSecret_isAnHttpOnlyLaxCookieForTheWholeSite_andEveryFormCarriesItsSignature() {
        FormClient fresh = new FormClient(server.baseUrl());
        HttpResponse<String> start = fresh.get("/");
        String cookie = start.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(FormTokens.COOKIE + "="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("; Path=/;", "; HttpOnly", "; SameSite=Lax");
        String secret = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        String field = FormClient.formTokenIn(start.body());
        assertThat(field).as("the field is derived from the secret, not a copy of it").isNotEqualTo(secret).hasSize(43);
        // Later pages reuse the browser's secret: no new cookie, the same field.
        HttpResponse<String> again = fresh.get("/diary");
        assertThat(again.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(FormTokens.COOKIE + "="));
        assertThat(FormClient.formTokenIn(again.body())).isEqualTo(field);
    }

    @Test
    void aPostOfAnUnchangedBrowserAfterARestartWithTheSameFormKey_isAccepted(@TempDir Path other) {
        // Several processes behind one load balancer share the key; a form of one is accepted by another.
        ServerSettings shared = ServerSettings.defaults(0).withFormKey(
                org.spasmcheck.server.security.FormKey.fromSecret("a shared secret of more than thirty-two characters"));
        String field;
        String cookie;
        try (TestServer first = TestServer.start(Database.open(Database.defaultSqliteUrl(other.resolve("1"))), shared)) {
            HttpResponse<String> page = new FormClient(first.baseUrl(), false).get("/");
            field = FormClient.formTokenIn(page.body());
            String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
        }
        try (TestServer second = TestServer.start(Database.open(Database.defaultSqliteUrl(other.resolve("2"))), shared)) {
            HttpResponse<String> r = new FormClient(second.baseUrl(), false).post("/interview",
                    Map.of(FormTokens.FIELD, List.of(field)), "Cookie", cookie);
            assertThat(r.statusCode()).isEqualTo(303);
        }
    }

    private void assertRefused(String route, Request request, Map<String, List<String>> token) {
        Map<String, Long> before = StoredRows.snapshot(server.database());
        Map<String, List<String>> form = new java.util.HashMap<>(request.form());
        form.putAll(token);
        HttpResponse<String> r = browser.postWithoutToken(request.path(), form);
        assertThat(r.statusCode()).as(route).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).as(route).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(WebPagesTest.text(r)).as(route).contains("This form could not be sent", "reload the page and try again",
                "nothing was changed");
        assertThat(r.headers().allValues("Set-Cookie")).as(route + " sets or clears no cookie of the interview or diary")
                .noneMatch(c -> c.startsWith(AssessmentCookie.NAME) || c.startsWith(DiaryCookie.NAME));
        assertThat(StoredRows.snapshot(server.database())).as(route + " changed nothing stored").isEqualTo(before);
    }

    /** "/path" of every POST route of the whole server outside the API. */
    private Set<String> webPosts() {
        try (Database database = Database.open(Database.defaultSqliteUrl(dir.resolve("routes")))) {
            Javalin app = SpasmcheckServer.create(ServerContext.of(TestServer.KB, database, ServerSettings.defaults(0),
                    Clock.systemUTC(), new SecureRandom()));
            Set<String> out = new TreeSet<>();
            for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
                if (e.endpoint.method == HandlerType.POST && !ApiRoutes.isApiPath(e.endpoint.path)) {
                    out.add(e.endpoint.path);
                }
            }
            return out;
        }
    }

    private static Finding finding(String id) {
        return TestServer.KB.findings().get(id);
    }

    private static String id(String assessmentPath) {
        return assessmentPath.substring("/a/".length());
    }

    private record Request(String path, Map<String, List<String>> form) {
    }
}
