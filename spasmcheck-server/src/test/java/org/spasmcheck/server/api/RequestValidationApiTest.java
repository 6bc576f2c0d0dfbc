package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spasmcheck.server.ServerSettings;

/** Bad requests are refused with a problem naming what is wrong and what is allowed; nothing is recorded. */
class RequestValidationApiTest extends ApiTestSupport {
    AssessmentApiTest.Created assessment;

    @BeforeEach
    void createAssessment() {
        assessment = AssessmentApiTest.create(api, "");
    }

    ApiClient.Response answer(String body) {
        return api.post(assessment.path() + "/answers", body, "Authorization", assessment.auth());
    }

    static void assertProblem(ApiClient.Response r, int status, String type) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith(org.spasmcheck.server.SpasmcheckServer.PROBLEM_JSON);
        assertThat(r.json().get("type").asText()).isEqualTo(type);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
    }

    void assertNothingRecorded() {
        assertThat(api.get(assessment.path(), "Authorization", assessment.auth()).json().get("answers").isEmpty())
                .as("no answer was recorded").isTrue();
    }

    @Nested
    class InvalidAnswers {
        @Test
        void unknownFindingId_is422NamingIt() {
            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true, \"leg_fell_off\": true}}");

            assertProblem(r, 422, Problems.INVALID_ANSWER);
            JsonNode errors = r.json().get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("field").asText()).isEqualTo("leg_fell_off");
            assertThat(errors.get(0).get("message").asText()).isEqualTo("unknown finding id");
            assertThat(errors.get(0).get("allowed").asText()).contains("/api/v1/knowledge/findings");
            assertNothingRecorded();
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
                "cramps_at_rest_night | \"yes\"         | true or false, or null for don't know",
                "sex                  | \"unknown_sex\" | one of: female, male, or null for don't know",
                "sex                  | 1               | one of: female, male, or null for don't know",
                "age_years            | \"67\"          | a number from 0 to 120 (years), or null for don't know",
                "age_years            | 130             | a number from 0 to 120 (years), or null for don't know",
                "cramp_location       | \"calf\"        | a list of:",
        })
        void wrongValueType_is422WithTheAllowedValues(String finding, String value, String allowed) {
            ApiClient.Response r = answer("{\"answers\": {\"" + finding + "\": " + value + "}}");

            assertProblem(r, 422, Problems.INVALID_ANSWER);
            JsonNode error = r.json().get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo(finding);
            assertThat(error.get("allowed").asText()).startsWith(allowed);
            assertThat(r.json().get("detail").asText()).contains(finding);
            assertNothingRecorded();
        }

        @Test
        void invalidInitialEvidence_onCreate_is422AndCreatesNothing() {
            ApiClient.Response r = api.post(AssessmentApiTest.ASSESSMENTS, "{\"evidence\": {\"sex\": \"yes\"}}");

            assertProblem(r, 422, Problems.INVALID_ANSWER);
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("sex");
        }
    }

    @Nested
    class MalformedBodies {
        @Test
        void malformedJson_is400WithLineAndColumn() {
            ApiClient.Response r = answer("{\"answers\": {\n  \"cramps_at_rest_night\": tru\n}}");

            assertProblem(r, 400, Problems.MALFORMED_JSON);
            assertThat(r.json().get("detail").asText()).contains("line 2, column");
            assertNothingRecorded();
        }

        @Test
        void truncatedJson_is400() {
            assertProblem(answer("{\"answers\": {"), 400, Problems.MALFORMED_JSON);
        }

        @Test
        void repeatedKey_is400BecauseTheAnswerWouldBeAmbiguous() {
            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true, \"cramps_at_rest_night\": false}}");

            assertProblem(r, 400, Problems.MALFORMED_JSON);
            assertThat(r.json().get("detail").asText()).contains("cramps_at_rest_night");
            assertNothingRecorded();
        }

        @Test
        void bytesThatAreNotUtf8_are400AndNeverReplaced() {
            byte[] body = "{\"answers\": {\"sex\": \"fe?male\"}}".getBytes(StandardCharsets.UTF_8);
            body[body.length - 8] = (byte) 0xff;

            ApiClient.Response r = api.postBytes(assessment.path() + "/answers", body, "Authorization", assessment.auth(),
                    "Content-Type", "application/json");

            assertProblem(r, 400, Problems.MALFORMED_JSON);
            assertThat(r.json().get("detail").asText()).isEqualTo("The request body is not valid UTF-8 at byte "
                    + (body.length - 8) + "; JSON must be sent as UTF-8.");
            assertNothingRecorded();
        }

        @ParameterizedTest(name = "Content-Type: {0}")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
                "text/plain                          | not JSON: text/plain",
                "application/x-www-form-urlencoded   | not JSON: application/x-www-form-urlencoded",
                "application/json; charset=latin1    | not JSON: application/json; charset=latin1",
                ";                                   | not JSON: ;",
                "none                                | missing",
        })
        void bodyNotSentAsJson_is415NamingTheHeader(String contentType, String message) {
            String[] headers = contentType == null ? new String[] {"Authorization", assessment.auth()}
                    : new String[] {"Authorization", assessment.auth(), "Content-Type", contentType};
            ApiClient.Response r = api.send("POST", assessment.path() + "/answers",
                    "{\"answers\": {\"cramps_at_rest_night\": true}}", headers);

            assertProblem(r, 415, Problems.UNSUPPORTED_MEDIA_TYPE);
            JsonNode error = r.json().get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("Content-Type");
            assertThat(error.get("message").asText()).isEqualTo(message);
            assertThat(error.get("allowed").asText()).startsWith("application/json");
            assertNothingRecorded();
        }

        @ParameterizedTest(name = "Content-Type: {0}")
        @CsvSource({"application/json", "application/json;charset=UTF-8", "application/merge-patch+json"})
        void jsonMediaTypes_areAccepted(String contentType) {
            ApiClient.Response r = api.send("POST", assessment.path() + "/answers",
                    "{\"answers\": {\"cramps_at_rest_night\": true}}", "Authorization", assessment.auth(),
                    "Content-Type", contentType);

            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }

        @Test
        void trailingContent_is400() {
            assertProblem(answer("{\"answers\": {\"cramps_at_rest_night\": true}} {}"), 400, Problems.MALFORMED_JSON);
        }

        @Test
        void unknownFields_are400NamingThem() {
            ApiClient.Response r = answer("{\"answers\": {\"cramps_at_rest_night\": true}, \"note\": 1, \"when\": 2}");

            assertProblem(r, 400, Problems.UNKNOWN_FIELD);
            assertThat(r.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("note", "when");
            assertThat(r.json().get("errors").get(0).get("allowed").asText()).isEqualTo("answers, version");
            assertNothingRecorded();
        }

        @Test
        void unknownField_onCreate_is400() {
            ApiClient.Response r = api.post(AssessmentApiTest.ASSESSMENTS, "{\"evidense\": {}}");

            assertProblem(r, 400, Problems.UNKNOWN_FIELD);
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("evidense");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "empty body           | ''",
                "array body           | []",
                "missing answers      | {}",
                "answers not object   | {\"answers\": [\"cramps_at_rest_night\"]}",
                "no answer given      | {\"answers\": {}}",
        })
        void structurallyWrongBody_is400(String name, String body) {
            assertProblem(answer(body), 400, Problems.INVALID_REQUEST);
            assertNothingRecorded();
        }

        @Test
        void bodyOver64KiB_is413ProblemJson() {
            String big = "{\"answers\": {\"cramps_at_rest_night\": true}, \"padding\": \""
                    + "x".repeat((int) ServerSettings.MAX_BODY_BYTES) + "\"}";

            ApiClient.Response r = answer(big);

            assertProblem(r, 413, Problems.CONTENT_TOO_LARGE);
            assertThat(r.json().get("detail").asText()).contains(Long.toString(ServerSettings.MAX_BODY_BYTES));
            assertNothingRecorded();
        }
    }
}
