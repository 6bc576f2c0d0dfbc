package org.spasmcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.cli.BadInput.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcheck.cli.BadInput.Api;
import org.spasmcheck.cli.BadInput.Auth;
import org.spasmcheck.cli.BadInput.Command;
import org.spasmcheck.cli.BadInput.KnowledgeBase;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.SpasmcheckServer;
import org.spasmcheck.store.Database;

/**
 * The bad-input catalogue (docs/RELIABILITY.md, "Bad input catalogue"): malformed input to the HTTP API, the
 * command line and the knowledge-base and vignette loaders, each row with its exact error. One server and one database hold an
 * assessment (with answers and a share link) and a diary (with an episode); the command line works on the same
 * database. No row may change what is stored: the database is compared with its snapshot after every row and at
 * the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueTest {
    static final Path ROOT = Path.of(System.getProperty("spasmcheck.root", ".."));
    static final ObjectMapper JSON = new ObjectMapper();
    static final String A = "/api/v1/assessments/{a}";
    static final String EPISODES = "/api/v1/diary/episodes";
    static final String VALID_EPISODE = "\"start\": \"2026-01-05T22:30\", \"duration_seconds\": 120, "
            + "\"muscle_group\": \"calf\", \"side\": \"left\", \"intensity\": 7, \"trigger\": \"night_rest\"";
    static final String INVALID_ANSWER = "/problems/invalid-answer";
    static final String INVALID_INPUT = "/problems/invalid-input";
    static final String INVALID_REQUEST = "/problems/invalid-request";
    static final String MALFORMED_JSON = "/problems/malformed-json";
    static final String NOT_FOUND = "/problems/not-found";
    static final String NLC = "conditions/nocturnal_leg_cramps.yaml";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger copies = new AtomicInteger();
    private Path tmp;
    private Database database;
    private Javalin server;
    private String assessmentId;
    private String token;
    private String diaryKey;
    private StoredData initial;

    @BeforeAll
    void startServerWithStoredData() throws IOException {
        tmp = Files.createTempDirectory("bad-input-");
        database = Database.open(Database.defaultSqliteUrl(tmp.resolve("data")));
        server = SpasmcheckServer.create(ServerContext.of(YamlKnowledgeBaseLoader.shipped(), database,
                ServerSettings.defaults(0), Clock.systemUTC(), new SecureRandom())).start(0);
        JsonNode created = created(send("POST", "/api/v1/assessments", "application/json",
                utf8("{\"evidence\": {\"age_years\": 67, \"cramp_location\": [\"calf\"]}}"), null));
        assessmentId = created.get("id").asText();
        token = created.get("token").asText();
        assertThat(send("POST", A.replace("{a}", assessmentId) + "/answers", "application/json",
                utf8("{\"answers\": {\"cramps_at_rest_night\": true}}"), token).statusCode()).isEqualTo(200);
        created(send("POST", A.replace("{a}", assessmentId) + "/shares", "application/json",
                utf8("{\"expires_in_days\": 7}"), token));
        diaryKey = created(send("POST", "/api/v1/diary", null, new byte[0], null)).get("key").asText();
        created(send("POST", EPISODES, "application/json", utf8("{" + VALID_EPISODE + ", \"note\": \"night\"}"),
                diaryKey));
        initial = StoredData.of(database);
    }

    @AfterAll
    void nothingWasStoredOrChanged_byAnyRow() {
        try {
            assertThat(StoredData.of(database)).isEqualTo(initial);
            assertThat(initial.rows()).as("the stored data the rows could have changed").isGreaterThan(5);
        } finally {
            server.stop();
            database.close();
        }
    }

    Stream<BadInput> catalogue() {
        return Stream.of(api(), cli(), loaders()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInput_getsItsExactError_andChangesNothing(BadInput row) throws IOException {
        StoredData before = StoredData.of(database);
        if (row instanceof Api r) {
            assertApi(r);
        } else if (row instanceof Command r) {
            assertCli(r);
        } else if (row instanceof KnowledgeBase r) {
            assertKnowledgeBase(r);
        }
        assertThat(StoredData.of(database)).as("stored data after " + row).isEqualTo(before);
    }

    // ---- HTTP API ----

    static Stream<BadInput> api() {
        return Stream.of(
                // Wrong types: each answer is checked against its finding's type and named with what is allowed.
                answer("wrong type: boolean as a string", "{\"cramps_at_rest_night\": \"yes\"}", 422, INVALID_ANSWER,
                        "cramps_at_rest_night", "wrong type: expected true or false, got \"yes\""),
                answer("wrong type: choice as a number", "{\"sex\": 1}", 422, INVALID_ANSWER, "sex",
                        "not an option: 1; allowed: one of: female, male"),
                answer("wrong type: list as a string", "{\"cramp_location\": \"calf\"}", 422, INVALID_ANSWER,
                        "cramp_location", "wrong type: expected a list of options"),
                answer("wrong type: number as a string", "{\"age_years\": \"67\"}", 422, INVALID_ANSWER, "age_years",
                        "wrong type: expected a number, got \"67\""),
                answer("unknown finding id", "{\"leg_fell_off\": true}", 422, INVALID_ANSWER, "leg_fell_off",
                        "'leg_fell_off': unknown finding id"),
                answer("unknown option value", "{\"cramp_duration\": \"forever\"}", 422, INVALID_ANSWER,
                        "cramp_duration", "not an option: \"forever\""),
                answer("unknown option in a list", "{\"cramp_location\": [\"calf\", \"elbow\"]}", 422, INVALID_ANSWER,
                        "cramp_location", "not an option: \"elbow\""),
                // Numbers: out of the finding's range, however written; JSON has no NaN or Infinity.
                answer("huge number", "{\"age_years\": 1e400}", 422, INVALID_ANSWER, "age_years", "out of range"),
                answer("huge integer", "{\"age_years\": 100000000000000000000000000000}", 422, INVALID_ANSWER,
                        "age_years", "out of range: 100000000000000000000000000000"),
                answer("negative age", "{\"age_years\": -1}", 422, INVALID_ANSWER, "age_years",
                        "out of range: -1; allowed: a number from 0 to 120 (years)"),
                answer("NaN", "{\"age_years\": NaN}", 400, MALFORMED_JSON, null, "Non-standard token 'NaN'"),
                answer("Infinity", "{\"age_years\": Infinity}", 400, MALFORMED_JSON, null,
                        "Non-standard token 'Infinity'"),
                // The body as a whole.
                post("empty body", A + "/answers", "", 400, INVALID_REQUEST, null, "The request body is empty"),
                post("no answers in it", A + "/answers", "{\"answers\": {}}", 400, INVALID_REQUEST, "answers",
                        "'answers' names no finding"),
                post("array instead of an object", A + "/answers", "[]", 400, INVALID_REQUEST, null,
                        "must be a JSON object, not an array"),
                post("unknown top-level field", A + "/answers", "{\"answers\": {\"sex\": \"male\"}, \"notes\": 1}",
                        400, "/problems/unknown-field", "notes", "fields this endpoint does not take: notes"),
                post("duplicate JSON keys", A + "/answers", "{\"answers\": {\"sex\": \"male\", \"sex\": \"female\"}}",
                        400, MALFORMED_JSON, null, "Duplicate field 'sex'"),
                post("trailing content", A + "/answers", "{\"answers\": {\"sex\": \"male\"}} []", 400, MALFORMED_JSON,
                        null, "Trailing token"),
                post("deep nesting (10,000 arrays)", A + "/answers", "{\"answers\": {\"cramp_location\": "
                        + "[".repeat(10_000) + "]".repeat(10_000) + "}}", 400, MALFORMED_JSON, null,
                        "nesting depth"),
                new Api("api", "invalid UTF-8 bytes", "POST", A + "/answers", Auth.ASSESSMENT, "application/json",
                        notUtf8("{\"answers\": {\"sex\": \"fe?male\"}}", "?"), 400, MALFORMED_JSON, null,
                        "not valid UTF-8 at byte 23"),
                post("oversized payload (70 KB)", A + "/answers", "{\"answers\": {\"sex\": \"male\"}, \"x\": \""
                        + "x".repeat(70_000) + "\"}", 413, "/problems/content-too-large", null,
                        "larger than 65536 bytes"),
                new Api("api", "wrong content type", "POST", A + "/answers", Auth.ASSESSMENT, "text/plain",
                        utf8("{\"answers\": {\"sex\": \"male\"}}"), 415, "/problems/unsupported-media-type",
                        "Content-Type", "send Content-Type: application/json"),
                // Ids and access.
                new Api("api", "unknown assessment id", "POST", "/api/v1/assessments/no-such-id/answers",
                        Auth.ASSESSMENT, "application/json", utf8("{\"answers\": {\"sex\": \"male\"}}"), 404,
                        NOT_FOUND, null, "no assessment with this id"),
                new Api("api", "wrong token", "DELETE", A + "/answers/last", Auth.WRONG, null, new byte[0], 404,
                        NOT_FOUND, null, "no assessment with this id"),
                new Api("api", "unknown audience", "POST", "/api/v1/assess", Auth.NONE, "application/json",
                        utf8("{\"evidence\": {}, \"audience\": \"doctor\"}"), 422, INVALID_ANSWER, "audience",
                        "not an audience: \"doctor\"; allowed: patient, clinician"),
                new Api("api", "unsupported method", "PUT", "/api/v1/assessments", Auth.NONE, "application/json",
                        utf8("{}"), 405, "/problems/method-not-allowed", null, "PUT is not supported"),
                // Diary episodes: every field checked and named, nothing stored.
                episode("intensity above 10", "\"intensity\": 11", "intensity", "out of range: 11"),
                episode("intensity as text", "\"intensity\": \"high\"", "intensity",
                        "must be a whole number, not \"high\""),
                episode("start in the future", "\"start\": \"2999-01-01T00:00\"", "start", "in the future"),
                episode("start not a date", "\"start\": \"yesterday\"", "start", "not a date and time"),
                episode("negative duration", "\"duration_seconds\": -5", "duration_seconds", "out of range: -5"),
                episode("huge duration", "\"duration_seconds\": 99999999999999999999", "duration_seconds",
                        "must be a whole number, not 99999999999999999999"),
                episode("unknown side", "\"side\": \"top\"", "side", "not allowed: top"),
                episode("unknown muscle group", "\"muscle_group\": \"elbow\"", "muscle_group",
                        "not a muscle group: elbow"),
                episode("control character in the note", "\"note\": \"a\\u0007b\"", "note",
                        "contains control characters"),
                new Api("api", "diary episode with no fields", "POST", EPISODES, Auth.DIARY, "application/json",
                        utf8("{}"), 422, INVALID_INPUT, "start", "6 fields are not valid"),
                new Api("api", "diary with a wrong key", "GET", "/api/v1/diary", Auth.WRONG, null, new byte[0], 404,
                        NOT_FOUND, null, "no diary that this key"),
                new Api("api", "unknown chart", "GET", "/api/v1/diary/charts/pie", Auth.DIARY, null, new byte[0], 422,
                        INVALID_ANSWER, "chart", "no chart 'pie'"),
                new Api("api", "interview from a diary with a bad change", "POST", "/api/v1/diary/assessments",
                        Auth.DIARY, "application/json", utf8("{\"changes\": {\"sex\": \"x\"}}"), 422, INVALID_ANSWER,
                        "sex", "not an option: \"x\""),
                // Share links: 1 to 30 days, a whole number.
                share("share expiry of 0 days", "{\"expires_in_days\": 0}", "expires_in_days", "out of range: 0"),
                share("share expiry of 31 days", "{\"expires_in_days\": 31}", "expires_in_days", "out of range: 31"),
                share("share expiry as text", "{\"expires_in_days\": \"7\"}", "expires_in_days",
                        "must be a whole number, not \"7\""),
                share("share expiry as a fraction", "{\"expires_in_days\": 1.5}", "expires_in_days",
                        "must be a whole number, not 1.5"),
                share("share include_diary as text", "{\"include_diary\": \"yes\"}", "include_diary",
                        "must be true or false"));
    }

    static Api answer(String name, String answers, int status, String type, String field, String detail) {
        return post(name, A + "/answers", "{\"answers\": " + answers + "}", status, type, field, detail);
    }

    static Api post(String name, String path, String body, int status, String type, String field, String detail) {
        return new Api("api", name, "POST", path, Auth.ASSESSMENT, "application/json", utf8(body), status, type, field,
                detail);
    }

    static Api episode(String name, String change, String field, String detail) {
        String key = change.substring(0, change.indexOf(':'));
        String body = "{" + VALID_EPISODE.replaceAll(key + ": [^,]+(, )?", "") + ", " + change + "}";
        return new Api("api", name, "POST", EPISODES, Auth.DIARY, "application/json", utf8(body.replace(", ,", ",")),
                422, INVALID_INPUT, field, detail);
    }

    static Api share(String name, String body, String field, String detail) {
        return new Api("api", name, "POST", A + "/shares", Auth.ASSESSMENT, "application/json", utf8(body), 422,
                INVALID_INPUT, field, detail);
    }

    /** The text's bytes with the marker character replaced by 0xFF, which is never UTF-8. */
    static byte[] notUtf8(String text, String marker) {
        byte[] bytes = utf8(text);
        bytes[text.indexOf(marker)] = (byte) 0xff;
        return bytes;
    }

    private void assertApi(Api r) throws IOException {
        HttpResponse<String> response = send(r.method(), r.path().replace("{a}", assessmentId), r.contentType(),
                r.body(), switch (r.auth()) {
                    case ASSESSMENT -> token;
                    case DIARY -> diaryKey;
                    case WRONG -> "A".repeat(43);
                    case NONE -> null;
                });
        String context = response.statusCode() + " " + response.body();
        assertThat(response.statusCode()).as(context).isEqualTo(r.status());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(context)
                .startsWith(SpasmcheckServer.PROBLEM_JSON);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asText()).as(context).isEqualTo(r.type());
        assertThat(problem.get("detail").asText()).as(context).containsIgnoringCase(r.detail());
        JsonNode errors = problem.get("errors");
        if (r.field() == null) {
            assertThat(errors).as(context).isEmpty();
        } else {
            assertThat(errors.get(0).get("field").asText()).as(context).isEqualTo(r.field());
            assertThat(errors.get(0).get("allowed").asText()).as(context).isNotBlank();
        }
    }

    // ---- command line ----

    static Stream<BadInput> cli() {
        String vignette = "{\"id\": \"v1\", \"evidence\": {\"sex\": \"female\"}, \"expected\": {\"cause\": "
                + "\"nocturnal_leg_cramps\", \"triage\": \"self_care\"}}";
        return Stream.of(
                cli("missing evidence file", List.of("assess", "--evidence", "{tmp}/no-such.json"), Map.of(), 2,
                        "file not found: {tmp}/no-such.json"),
                cli("path traversal to a missing file", List.of("assess", "--evidence",
                        "{tmp}/../../../../../../../../no-such-dir/evidence.json"), Map.of(), 2, "file not found: "),
                cli("path traversal to a system file", List.of("assess", "--evidence",
                        "{tmp}/../../../../../../../../etc/passwd"), Map.of(), 2, "malformed JSON in "),
                cli("directory as the evidence file", List.of("assess", "--evidence", "{tmp}"), Map.of(), 2,
                        "it is a folder, not a JSON file"),
                cli("duplicate keys in the evidence file", List.of("assess", "--evidence", "{tmp}/dup.json"),
                        Map.of("dup.json", utf8("{\"age_years\": 30, \"age_years\": 80}")), 2,
                        "Duplicate field 'age_years'"),
                cli("evidence file not UTF-8", List.of("assess", "--evidence", "{tmp}/latin1.json"),
                        Map.of("latin1.json", notUtf8("{\"sex\": \"f?male\"}", "?")), 2, "it is not UTF-8 text"),
                cli("wrong type in the evidence file", List.of("assess", "--evidence", "{tmp}/type.json"),
                        Map.of("type.json", utf8("{\"jaw_lock\": \"yes\"}")), 2,
                        "'jaw_lock': wrong type: expected true or false"),
                cli("evidence file is an array", List.of("assess", "--evidence", "{tmp}/array.json"),
                        Map.of("array.json", utf8("[1, 2]")), 2,
                        "'evidence': must be a JSON object of finding id to value"),
                cli("unknown output format", List.of("assess", "--evidence", "{tmp}/x.json", "--format", "xml"),
                        Map.of(), 2, "expected one of [text, json]"),
                cli("misspelt option", List.of("assess", "--evidence", "{tmp}/x.json", "--formt", "json"), Map.of(), 2,
                        "Unknown options: '--formt', 'json'"),
                cli("required option missing", List.of("assess", "--format", "json"), Map.of(), 2,
                        "Missing required option: '--evidence=FILE'"),
                cli("diary episode with bad fields", List.of("diary", "add", "--data-dir", "{data}", "--key", "{key}",
                        "--start", "2026-01-05T22:30", "--duration", "forever", "--site", "calf", "--side", "left",
                        "--intensity", "11", "--trigger", "night_rest"), Map.of(), 2,
                        "--duration: not a duration: forever"),
                cli("diary with a wrong key", List.of("diary", "list", "--data-dir", "{data}", "--key", "A".repeat(43)),
                        Map.of(), 2, "no diary opens with this key"),
                cli("report of an unknown assessment", List.of("report", "no-such-id", "--data-dir", "{data}", "--pdf",
                        "{tmp}/r.pdf"), Map.of(), 2, "no assessment with id no-such-id"),
                cli("report over an existing file by path traversal", List.of("report", "{a}", "--data-dir", "{data}",
                        "--pdf", "{tmp}/../../../../../../../../etc/passwd"), Map.of(), 2,
                        "exists; give --force to overwrite it"),
                cli("report into a missing folder", List.of("report", "{a}", "--data-dir", "{data}", "--pdf",
                        "{tmp}/no-such-dir/r.pdf"), Map.of(), 2, "its folder does not exist"),
                cli("report onto a folder", List.of("report", "{a}", "--data-dir", "{data}", "--pdf", "{tmp}"),
                        Map.of(), 2, "it is a folder"),
                cli("missing knowledge-base directory", List.of("kb", "check", "{tmp}/no-such-kb"), Map.of(), 2,
                        "knowledge-base directory not found"),
                cli("negative question limit", List.of("eval", "--vignettes", "{tmp}", "--max-questions", "-1"),
                        Map.of(), 2, "--max-questions must be 0 or more, got -1"),
                cli("missing vignette directory", List.of("eval", "--vignettes", "{tmp}/no-such-vignettes"), Map.of(),
                        2, "vignette directory not found"),
                cli("vignette with an unknown option", List.of("eval", "--vignettes", "{tmp}/v-option"),
                        Map.of("v-option/v1.json", utf8(vignette.replace("female", "woman"))), 2,
                        "v1.json: evidence.'sex': not an option: \"woman\""),
                cli("vignette with an unknown expected cause", List.of("eval", "--vignettes", "{tmp}/v-cause"),
                        Map.of("v-cause/v1.json", utf8(vignette.replace("nocturnal_leg_cramps", "gout"))), 2,
                        "v1.json: expected.cause 'gout': unknown condition id"),
                cli("vignette with duplicate keys", List.of("eval", "--vignettes", "{tmp}/v-dup"),
                        Map.of("v-dup/v1.json", utf8(vignette.replace("{\"id\": \"v1\",", "{\"id\": \"v1\", \"id\": \"v2\","))),
                        2, "v1.json: malformed JSON at line 1: Duplicate field 'id'"),
                cli("vignette not UTF-8", List.of("eval", "--vignettes", "{tmp}/v-latin1"),
                        Map.of("v-latin1/v1.json", notUtf8(vignette, "f")), 2, "v1.json: not UTF-8 text"));
    }

    static Command cli(String name, List<String> args, Map<String, byte[]> files, int exitCode, String message) {
        return new Command("cli", name, args, files, exitCode, message);
    }

    private void assertCli(Command r) throws IOException {
        for (Map.Entry<String, byte[]> file : r.files().entrySet()) {
            Path path = tmp.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        String[] args = r.args().stream().map(this::fill).toArray(String[]::new);
        Cli result = Cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(r.exitCode());
        assertThat(result.err()).contains(fill(r.message())).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private String fill(String text) {
        return text.replace("{tmp}", tmp.toString()).replace("{data}", tmp.resolve("data").toString())
                .replace("{a}", assessmentId).replace("{key}", diaryKey);
    }

    // ---- knowledge-base loader ----

    static Stream<BadInput> loaders() {
        return Stream.of(
                kb("wrong type: prior as text", NLC, replace("  value: 0.20", "  value: high"),
                        "ERROR " + NLC + " prior.value: not a number: 'high'"),
                kb("negative prior", NLC, replace("  value: 0.20", "  value: -0.2"),
                        "ERROR " + NLC + " prior.value: value -0.2 is out of range"),
                kb("huge likelihood-ratio cap", "knowledge-base.yaml", replace("lr_max: 50", "lr_max: 1e400"),
                        "ERROR knowledge-base.yaml model.lr_max: value Infinity is out of range"),
                kb("duplicate key", "knowledge-base.yaml", replace("version: \"0.1.0\"",
                        "version: \"0.1.0\"\nversion: \"0.2.0\""),
                        "ERROR knowledge-base.yaml: duplicate key at line 4: 'version' (fix: keep one of the two"),
                kb("unknown finding reference", NLC, replace("  - finding: cramp_location\n    option: calf",
                        "  - finding: no_such_finding\n    option: calf"),
                        "ERROR " + NLC + " likelihood_ratios[0].finding: unknown finding 'no_such_finding'"),
                kb("unknown source reference", NLC, replace("    source: XE3", "    source: S999"),
                        "ERROR " + NLC + " likelihood_ratios[0].source: unknown source key 'S999'"),
                kb("unknown first question", "knowledge-base.yaml", replace("first_questions: [cramp_location,",
                        "first_questions: [elbow_pain,"),
                        "ERROR knowledge-base.yaml interview.first_questions[0]: unknown finding 'elbow_pain'"),
                kb("YAML syntax error", "myths.yaml", text -> utf8("myths: [\n  - id: x\n"),
                        "ERROR myths.yaml: YAML syntax error at line"),
                kb("file not UTF-8", "diary.yaml", text -> notUtf8(new String(text, StandardCharsets.UTF_8) + "#?", "#?"),
                        "ERROR diary.yaml: not UTF-8 text (a byte sequence is not UTF-8) (fix: save the file as UTF-8)"),
                kb("required file missing", "red-flags.yaml", text -> null,
                        "ERROR red-flags.yaml: required file is missing"),
                kb("deep nesting", "myths.yaml", text -> utf8("myths: " + "[".repeat(5_000) + "]".repeat(5_000)),
                        "ERROR myths.yaml: YAML syntax error"));
    }

    static KnowledgeBase kb(String name, String file, UnaryOperator<byte[]> edit, String issue) {
        return new KnowledgeBase("loader", name, file, edit, issue);
    }

    static UnaryOperator<byte[]> replace(String find, String with) {
        return bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as("the shipped file to tamper").contains(find);
            return utf8(text.replaceFirst(java.util.regex.Pattern.quote(find), with));
        };
    }

    private void assertKnowledgeBase(KnowledgeBase r) throws IOException {
        Path copy = copyOfShippedKnowledgeBase();
        Path file = copy.resolve(r.file());
        byte[] changed = r.edit().apply(Files.readAllBytes(file));
        if (changed == null) {
            Files.delete(file);
        } else {
            Files.write(file, changed);
        }
        Cli result = Cli.run("kb", "check", copy.toString());
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.out().lines()).as(result.out()).anySatisfy(line -> assertThat(line).startsWith(r.issue()));
        assertThat(result.out() + result.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private Path copyOfShippedKnowledgeBase() throws IOException {
        Path shipped = ROOT.resolve("knowledge-base");
        Path copy = tmp.resolve("kb-" + copies.incrementAndGet());
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(shipped.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    // ---- helpers ----

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
