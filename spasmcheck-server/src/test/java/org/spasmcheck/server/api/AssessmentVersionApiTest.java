package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.server.api.RequestValidationApiTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The version check of stored assessments: every state has a version (also the ETag), and a change that names an
 * older one is refused with the state as it is now, and changes nothing. 409 for the 'version' member or parameter,
 * 412 for If-Match (RFC 9110 section 13.1.1).
 */
class AssessmentVersionApiTest extends ApiTestSupport {
    private static final String IF_MATCH = "If-Match";
    private static final String AUTH = "Authorization";

    AssessmentApiTest.Created a;

    /** Two answers in: version 2, next question open. */
    @BeforeEach
    void createWithTwoAnswers() {
        a = AssessmentApiTest.create(api, "{\"evidence\": {\"age_years\": 58, \"sex\": \"female\"}}");
    }

    ApiClient.Response get() {
        return api.get(a.path(), AUTH, a.auth());
    }

    ApiClient.Response answer(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = AUTH;
        all[1] = a.auth();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return api.post(a.path() + "/answers", body, all);
    }

    ApiClient.Response undo(String query, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = AUTH;
        all[1] = a.auth();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return api.delete(a.path() + "/answers/last" + query, all);
    }

    /** A refusal: nothing changed, and 'current' is exactly what GET returns now. */
    void assertRefusedWithTheCurrentState(ApiClient.Response r, int status, String type, JsonNode before) {
        assertProblem(r, status, type);
        JsonNode now = get().json();
        assertThat(now).as("nothing changed").isEqualTo(before);
        assertThat(r.json().get("current")).isEqualTo(now);
    }

    @Nested
    class Versions {
        @Test
        void create_isAtTheNumberOfInitialAnswers_andSendsItAsTheETag() {
            ApiClient.Response created = api.post(AssessmentApiTest.ASSESSMENTS, "{\"evidence\": {\"sex\": \"male\"}}");
            ApiClient.Response empty = api.post(AssessmentApiTest.ASSESSMENTS, "");

            assertThat(created.json().get("version").asLong()).isEqualTo(1);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            assertThat(empty.json().get("version").asLong()).isZero();
            assertThat(get().json().get("version").asLong()).isEqualTo(2);
            assertThat(get().header("ETag")).isEqualTo("\"2\"");
        }

        @Test
        void everyAnswerAndUndo_growsTheVersion_andTheETagFollows() {
            ApiClient.Response two = answer("{\"answers\": {\"cramps_at_rest_night\": true, \"cramps_wake_you\": null}}");
            ApiClient.Response undone = undo("");

            assertThat(two.json().get("version").asLong()).isEqualTo(4);
            assertThat(two.header("ETag")).isEqualTo("\"4\"");
            assertThat(undone.json().get("version").asLong()).as("undo adds a clear entry to the log").isEqualTo(5);
            assertThat(undone.header("ETag")).isEqualTo("\"5\"");
            assertThat(get().json().get("version").asLong()).isEqualTo(5);
        }

        @Test
        void withoutAVersion_aChangeIsAppliedToWhateverTheAssessmentHoldsNow() {
            answer("{\"answers\": {\"cramps_at_rest_night\": true}}");

            ApiClient.Response blind = answer("{\"answers\": {\"cramps_wake_you\": false}}");

            assertThat(blind.status()).isEqualTo(200);
            assertThat(blind.json().get("answers").toString()).isEqualTo(
                    "{\"age_years\":58.0,\"sex\":\"female\",\"cramps_at_rest_night\":true,\"cramps_wake_you\":false}");
        }
    }

    @Nested
    class VersionMember {
        @Test
        void answer_atTheCurrentVersion_isRecorded() {
            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true}, \"version\": 2}");

            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("answers").get("cramps_at_rest_night").asBoolean()).isTrue();
            assertThat(r.json().get("version").asLong()).isEqualTo(3);
        }

        @Test
        void answer_atAnOlderVersion_is409WithTheCurrentState_andRecordsNothing() {
            answer("{\"answers\": {\"cramps_at_rest_night\": true}, \"version\": 2}");
            JsonNode before = get().json();

            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": false}, \"version\": 2}");

            assertRefusedWithTheCurrentState(r, 409, Problems.VERSION_CONFLICT, before);
            assertThat(r.json().get("current").get("version").asLong()).isEqualTo(3);
            assertThat(r.json().get("detail").asText()).contains("version 3");
        }

        @Test
        void undo_atAnOlderVersion_is409WithTheCurrentState_andUndoesNothing() {
            answer("{\"answers\": {\"cramps_at_rest_night\": true}}");
            JsonNode before = get().json();

            ApiClient.Response stale = undo("?version=2");

            assertRefusedWithTheCurrentState(stale, 409, Problems.VERSION_CONFLICT, before);
            ApiClient.Response current = undo("?version=3");
            assertThat(current.status()).isEqualTo(200);
            assertThat(current.json().get("answers").has("cramps_at_rest_night")).isFalse();
        }

        @ParameterizedTest(name = "version {0}")
        @ValueSource(strings = {"\"2\"", "-1", "2.5", "true", "null", "99999999999999999999"})
        void version_thatIsNotAWholeNumberFromZero_is400NamingIt(String version) {
            JsonNode before = get().json();

            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true}, \"version\": " + version + "}");

            assertProblem(r, 400, Problems.INVALID_REQUEST);
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
            assertThat(r.json().get("errors").get(0).get("allowed").asText()).contains("whole number from 0");
            assertThat(get().json()).isEqualTo(before);
        }

        @ParameterizedTest(name = "?version={0}")
        @ValueSource(strings = {"two", "-1", "2.0", ""})
        void undoVersion_thatIsNotAWholeNumberFromZero_is400NamingIt(String version) {
            ApiClient.Response r = undo("?version=" + version);

            assertProblem(r, 400, Problems.INVALID_REQUEST);
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
        }
    }

    @Nested
    class IfMatch {
        @ParameterizedTest(name = "If-Match: {0}")
        @ValueSource(strings = {"\"2\"", "\"1\", \"2\"", "*", "\"other\", \"2\""})
        void answer_withAnIfMatchThatNamesTheCurrentETag_isRecorded(String ifMatch) {
            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true}}", IF_MATCH, ifMatch);

            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.header("ETag")).isEqualTo("\"3\"");
        }

        @ParameterizedTest(name = "If-Match: {0}")
        @ValueSource(strings = {"\"1\"", "W/\"2\"", "\"other\"", "\"1\", \"3\""})
        void answer_withAnIfMatchThatDoesNotNameTheCurrentETag_is412WithTheCurrentState(String ifMatch) {
            JsonNode before = get().json();

            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true}}", IF_MATCH, ifMatch);

            assertRefusedWithTheCurrentState(r, 412, Problems.PRECONDITION_FAILED, before);
            assertThat(r.json().get("detail").asText()).contains("\"2\"");
        }

        @Test
        void undo_withAnOlderETag_is412WithTheCurrentState() {
            JsonNode before = get().json();

            ApiClient.Response r = undo("", IF_MATCH, "\"0\"");

            assertRefusedWithTheCurrentState(r, 412, Problems.PRECONDITION_FAILED, before);
        }

        @ParameterizedTest(name = "If-Match: {0}")
        @ValueSource(strings = {"2", "'2'", "\"2"})
        void ifMatch_thatIsNotAListOfEntityTags_is400NamingIt(String ifMatch) {
            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true}}", IF_MATCH, ifMatch);

            assertProblem(r, 400, Problems.INVALID_REQUEST);
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo(IF_MATCH);
            assertThat(r.json().get("errors").get(0).get("allowed").asText()).contains("ETag");
        }

        @Test
        void ifMatchTogetherWithAVersion_is400_evenWhenBothAreCurrent() {
            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true}, \"version\": 2}",
                    IF_MATCH, "\"2\"");

            assertProblem(r, 400, Problems.INVALID_REQUEST);
            assertThat(r.json().get("detail").asText()).contains("not both");
        }
    }
}
