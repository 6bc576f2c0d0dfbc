package org.spasmcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.store.AnswerEvent;

/**
 * The web pages in a real browser (Debian's headless Chromium through Selenium): a whole interview to a self-care
 * result, an emergency stop, Back, keyboard use, and an axe-core accessibility scan and a screenshot
 * (target/screenshots/) of every kind of page. Every page must keep to the server's Content-Security-Policy: the
 * browser's console is read after each test and any violation it reports fails it. Without Chromium these tests are
 * skipped, but on CI (CI=true) they fail, so that a missing install is never mistaken for a pass.
 */
class WebBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Installed by `npm ci --prefix spasmcheck-server/src/test/js` (.ci/run); the tests run in the module folder. */
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** The narrowest phone screen the pages must fit without sideways scrolling. */
    static final int NARROW = 320;
    /** A common phone size for the screenshots. */
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    /** axe-core impacts that fail the test; "moderate" and "minor" are reported by axe but do not. */
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    static final int MAX_STEPS = 60;
    static final ObjectMapper JSON = new ObjectMapper();
    /** The innermost elements that reach past the right edge of the screen, to name in a failure. */
    static final String TOO_WIDE = "var w = document.documentElement.clientWidth, out = [];"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  if (e.getBoundingClientRect().right > w + 1 && !Array.prototype.some.call(e.children, function (c) {"
            + "    return c.getBoundingClientRect().right > w + 1; })) {"
            + "    out.push(e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60)); } });"
            + "return out.slice(0, 5).join(' | ');";

    @TempDir
    static Path dir;
    static TestServer server;
    static ChromeDriver driver;
    static String axeSource;
    static final Set<String> SCANNED = new LinkedHashSet<>();
    /** Console messages in which Chromium reports what the Content-Security-Policy blocked. */
    static final List<String> CSP_VIOLATIONS = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        requireTool(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "): run `apt-get install -y chromium chromium-driver` (.ci/run does)");
        requireTool(Files.isReadable(AXE), "the accessibility scan needs axe-core at spasmcheck-server/" + AXE
                + ": run `npm ci --prefix spasmcheck-server/src/test/js` (.ci/run does)");
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
        Files.createDirectories(SCREENSHOTS);
        server = TestServer.start(dir.resolve("db"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)).pageLoadTimeout(Duration.ofSeconds(30));
        phoneScreen(PHONE_WIDTH);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void noPageBrokeTheContentSecurityPolicy() {
        collectCspViolations();
        List<String> seen = List.copyOf(CSP_VIOLATIONS);
        CSP_VIOLATIONS.clear();
        assertThat(seen).as("what the Content-Security-Policy blocked on the pages of this test").isEmpty();
    }

    /** Moves the console's CSP messages since the last call into {@link #CSP_VIOLATIONS}. */
    private static void collectCspViolations() {
        if (driver == null) {
            return;
        }
        driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).forEach(CSP_VIOLATIONS::add);
    }

    @Test
    void theContentSecurityPolicyBlocksInlineScript_andTheTestSeesWhatItBlocks() {
        open("/");
        // What an injected script tag would do; the policy must stop it, and the console must say so.
        driver.executeScript("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';"
                + "document.body.appendChild(s);");
        assertThat(driver.executeScript("return window.inlineRan === true;")).isEqualTo(false);
        collectCspViolations();
        assertThat(CSP_VIOLATIONS).anySatisfy(m -> assertThat(m).contains("inline script", "script-src 'self'"));
        CSP_VIOLATIONS.clear();
    }

    private static void requireTool(boolean present, String message) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + message);
        }
        Assumptions.abort("skipped: " + message);
    }

    @Test
    void aWholeInterviewEndsAtASelfCareResult() {
        open("/");
        check("start");
        navigate(() -> driver.findElement(By.cssSelector("form.start button")).click());
        String end = interview(Answers.NIGHT_CALF_CRAMPS, true);
        assertThat(end).endsWith("/result");
        check("result");
        assertThat(driver.findElement(By.cssSelector(".triage")).getText())
                .contains("Self-care: you can look after this at home", "Urgency 1 of 5");
        assertThat(driver.findElement(By.cssSelector("ol.causes h3")).getText())
                .isEqualTo(TestServer.KB.condition("nocturnal_leg_cramps").orElseThrow().layName());
        WebElement print = driver.findElement(By.cssSelector("button[data-print]"));
        assertThat(print.isDisplayed()).as("the print button that JavaScript reveals").isTrue();
        WebElement why = driver.findElement(By.cssSelector("ol.causes details summary"));
        why.click();
        assertThat(driver.findElement(By.cssSelector("ol.causes details")).getText()).contains("LR ");
        screenshot("result-why-open");
    }

    @Test
    void anEmergencyRedFlagStopsAtTheEmergencyPage() {
        open("/");
        navigate(() -> driver.findElement(By.cssSelector("form.start button")).click());
        String end = interview(Answers.YES_TO_EVERYTHING, false);
        assertThat(end).endsWith("/emergency");
        check("emergency");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This may be an emergency");
        assertThat(driver.findElements(By.cssSelector(".emergency a.tel")).stream().map(WebElement::getText).toList())
                .containsExactly("Call 112", "Call 911");
        assertThat(driver.findElements(By.tagName("nav"))).as("nothing that distracts").isEmpty();
    }

    @Test
    void backLetsThePersonChangeTheirLastAnswer() {
        open("/");
        navigate(() -> driver.findElement(By.cssSelector("form.start button")).click());
        answer(TestServer.KB.findings().get("cramp_location"), List.of("calf"));
        answer(TestServer.KB.findings().get("age_years"), List.of("45"));
        assertThat(currentFinding()).isEqualTo("sex");
        navigate(() -> driver.findElement(By.cssSelector("form.back button")).click());
        assertThat(currentFinding()).isEqualTo("age_years");
        assertThat(driver.findElement(By.id("progress-text")).getText()).contains("You have answered 1 question.");
        answer(TestServer.KB.findings().get("age_years"), List.of("70"));
        assertThat(currentFinding()).isEqualTo("sex");
        String id = driver.getCurrentUrl().replaceAll(".*/a/([^/?#]+).*", "$1");
        List<AnswerEvent> log = server.database().assessments().find(id).orElseThrow().log();
        assertThat(log.stream().filter(e -> e.findingId().equals("age_years"))
                .map(e -> e.operation() + " " + e.valueJson()).toList())
                .containsExactly("SET 45.0", "CLEAR null", "SET 70.0");
    }

    @Test
    void aWrongAnswerIsExplainedOnThePage() {
        open("/");
        navigate(() -> driver.findElement(By.cssSelector("form.start button")).click());
        answer(TestServer.KB.findings().get("cramp_location"), List.of("calf"));
        driver.findElement(By.id("answer")).sendKeys("999");
        navigate(() -> driver.findElement(By.cssSelector("form.question button[type=submit]")).click());
        WebElement error = driver.findElement(By.id("error"));
        assertThat(error.getText()).contains("999 is outside the range", "from 0 to 120");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus moves to the message").isEqualTo("error");
        check("question-error");
    }

    @Test
    void theInterviewWorksWithTheKeyboardOnlyWithAVisibleFocus() {
        open("/");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertVisibleFocus(skip);
        tabUntil(e -> "Start".equals(e.getText()));
        assertVisibleFocus(driver.switchTo().activeElement());
        navigate(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER));
        assertThat(currentFinding()).isEqualTo("cramp_location");
        tabUntil(e -> "calf".equals(e.getAttribute("value")));
        assertVisibleFocus(driver.switchTo().activeElement());
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        tabUntil(e -> "Next".equals(e.getText()));
        navigate(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER));
        assertThat(currentFinding()).isEqualTo("age_years");
        tabUntil(e -> "answer".equals(e.getAttribute("id")));
        navigate(() -> driver.switchTo().activeElement().sendKeys("45", Keys.ENTER));
        assertThat(currentFinding()).isEqualTo("sex");
        tabUntil(e -> "female".equals(e.getAttribute("value")));
        // Arrow keys move through a radio group and choose.
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement().getAttribute("value")).isEqualTo("male");
        navigate(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER));
        assertThat(currentFinding()).isNotEqualTo("sex");
    }

    @Test
    void learnMythsSourcesAndNotFoundPagesPassTheScan() {
        open("/learn");
        check("learn");
        open("/learn/nocturnal_leg_cramps");
        check("learn-condition");
        open("/learn/myths");
        check("myths");
        open("/learn/sources");
        check("sources");
        open("/learn/no_such_condition");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("We could not find this page");
        check("not-found");
    }

    @Test
    void aDiaryShowsItsCharts_startsAPrefilledInterview_andTheResultIsSharedByLink() {
        open("/diary");
        check("diary-start");
        navigate(() -> driver.findElement(By.cssSelector("form[action='/diary/new'] button")).click());
        for (int daysAgo = 0; daysAgo < 4; daysAgo++) {
            addCramp(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(daysAgo) + "T02:30", "2", "calf", "7");
        }
        assertThat(driver.findElements(By.cssSelector("ol.episode-list > li"))).hasSize(4);
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart svg[role=img]"));
        assertThat(charts).hasSize(3);
        assertThat(charts.get(0).findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
        check("diary");

        navigate(() -> driver.findElement(By.cssSelector("form[action='/diary/interview'] button")).click());
        WebElement fromDiary = driver.findElement(By.cssSelector("section[aria-labelledby=from-diary]"));
        assertThat(fromDiary.getText()).contains("From your diary", "Calf");
        check("question-from-diary");
        navigate(() -> driver.findElement(By.cssSelector("ul.prefilled a[href$='/change/cramps_per_week']")).click());
        assertThat(currentFinding()).isEqualTo("cramps_per_week");
        assertThat(driver.findElement(By.id("answer")).getAttribute("value")).as("the diary's answer, to change").isEqualTo("4");
        driver.findElement(By.id("answer")).clear();
        driver.findElement(By.id("answer")).sendKeys("5");
        navigate(() -> driver.findElement(By.cssSelector("form.question button[type=submit]")).click());
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=from-diary]")).getText())
                .doesNotContain("episodes per week");
        assertThat(interview(Answers.NIGHT_CALF_CRAMPS, false)).endsWith("/result");

        navigate(() -> driver.findElement(By.cssSelector("form.share button")).click());
        check("share-created");
        String url = driver.findElement(By.id("share-url")).getAttribute("value");
        assertThat(url).contains("/s/");
        navigate(() -> driver.get(url));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("spasmcheck report (shared, read only)");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=diary]")).getText()).contains("Episodes: 4");
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=diary] svg[role=img]"))).hasSize(3);
        check("shared");
    }

    /** Fills the diary's "add a cramp" form as a person would and sends it. */
    private void addCramp(String start, String minutes, String site, String intensity) {
        // A datetime-local input takes typed keys in the browser's locale; setting its value is what the picker does.
        driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("start")), start);
        driver.findElement(By.id("duration")).sendKeys(minutes);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("muscle_group"))).selectByValue(site);
        driver.findElement(By.cssSelector("label[for=side-0]")).click();
        // Enter in a field sends the form, as it does for a person using the keyboard.
        navigate(() -> driver.findElement(By.id("intensity")).sendKeys(intensity, Keys.ENTER));
    }

    /** Answers with the browser until the interview leaves the question page; scans one question of each type. */
    private String interview(Answers person, boolean scanQuestionTypes) {
        List<String> asked = new ArrayList<>();
        for (int step = 0; step < MAX_STEPS; step++) {
            if (!driver.getCurrentUrl().matches(".*/a/[^/]+$")) {
                return driver.getCurrentUrl();
            }
            Finding f = TestServer.KB.findings().get(currentFinding());
            asked.add(f.id());
            String name = "question-" + f.type().id().replace('_', '-');
            if (scanQuestionTypes && !SCANNED.contains(name)) {
                check(name);
            }
            answer(f, person.answer(f));
        }
        throw new AssertionError("the interview did not end after " + MAX_STEPS + " questions: " + asked);
    }

    /** Clicks the answer's labels (or types the number) and Next, as a person would. */
    private void answer(Finding f, List<String> values) {
        if (f.type() == FindingType.NUMBER) {
            if (values.equals(List.of(AnswerForm.DONT_KNOW))) {
                driver.findElement(By.cssSelector("label[for=dont_know]")).click();
            } else {
                driver.findElement(By.id("answer")).sendKeys(values.get(0));
            }
        } else {
            for (String v : values) {
                String inputId = driver.findElement(By.cssSelector("input[name=answer][value='" + v + "']")).getAttribute("id");
                driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
            }
        }
        navigate(() -> driver.findElement(By.cssSelector("form.question button[type=submit]")).click());
    }

    /** Does something that loads a new page (a form post and its redirect) and waits until the new page is there. */
    private static void navigate(Runnable action) {
        // A mark on the old page's window object; a new page has a new window object without it.
        driver.executeScript("window.spasmcheckOldPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                        "return !window.spasmcheckOldPage && document.readyState === 'complete';")));
    }

    private static String currentFinding() {
        return driver.findElement(By.cssSelector("input[name=finding]")).getAttribute("value");
    }

    private static void open(String path) {
        driver.get(server.baseUrl() + path);
    }

    private static void tabUntil(Predicate<WebElement> target) {
        for (int i = 0; i < 60; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if (target.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("the keyboard never reached the element on " + driver.getCurrentUrl());
    }

    private static void assertVisibleFocus(WebElement e) {
        Object outline = driver.executeScript("var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", e);
        assertThat(String.valueOf(outline)).as("focus outline of " + e.getTagName()).doesNotStartWith("none")
                .doesNotEndWith(" 0px");
    }

    /**
     * The checks every page type gets: a full-page screenshot at phone size, no sideways scrolling at 320 px, and
     * no serious or critical axe-core violation.
     */
    private static void check(String name) {
        SCANNED.add(name);
        screenshot(name);
        phoneScreen(NARROW);
        Object overflow = driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(name + " scrolls sideways at " + NARROW + " px; too wide: "
                + driver.executeScript(TOO_WIDE)).isLessThanOrEqualTo(0);
        phoneScreen(PHONE_WIDTH);
        driver.executeScript(axeSource);
        String result = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('ERROR ' + e); });");
        assertThat(result).as("axe-core ran on " + name).doesNotStartWith("ERROR");
        List<String> failing = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(result)) {
                if (FAILING_IMPACTS.contains(v.path("impact").asText())) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    failing.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): " + v.path("help").asText()
                            + " at " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(failing).as("serious or critical accessibility problems on the " + name + " page").isEmpty();
    }

    private static void phoneScreen(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", PHONE_HEIGHT,
                "deviceScaleFactor", 1, "mobile", true));
    }

    @SuppressWarnings("unchecked")
    private static void screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", PHONE_WIDTH, "height", height, "scale", 1)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
