package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spasmcheck.server.SpasmcheckServer;
import org.spasmcheck.server.TestServer;

/** Errors on /api paths are RFC 9457 problems; other paths are left to the web's HTML error pages. */
class ErrorHandlingApiTest extends ApiTestSupport {
    @Nested
    class Routing {
        @Test
        void unknownApiPath_is404Problem() {
            ApiClient.Response r = api.get("/api/v1/assesments");

            RequestValidationApiTest.assertProblem(r, 404, Problems.NOT_FOUND);
            assertThat(r.json().get("detail").asText()).contains("/api/v1/assesments");
            assertThat(r.header(ApiRoutes.KB_VERSION_HEADER)).isEqualTo(TestServer.KB.version());
        }

        /** Found by ApiHandlersFuzzTest: Jetty refused the path before routing, with its own HTML page. */
        @Test
        void pathJettyRefusesBeforeRouting_is400Problem() {
            ApiClient.Response r = api.get("/api/v1/diary/charts/a%00b");

            RequestValidationApiTest.assertProblem(r, 400, Problems.HTTP_ERROR);
            assertThat(r.json().get("detail").asText()).isEqualTo("The request could not be served: 400 Bad Request.");
            assertThat(r.header(ApiRoutes.KB_VERSION_HEADER)).isEqualTo(TestServer.KB.version());
        }

        @Test
        void unsupportedMethodOnApiPath_is405ProblemWithAllow() {
            ApiClient.Response r = api.send("PUT", "/api/v1/assessments", "{}", "Content-Type", "application/json");

            RequestValidationApiTest.assertProblem(r, 405, Problems.METHOD_NOT_ALLOWED);
            assertThat(r.header("Allow")).isEqualTo("POST");
        }

        @Test
        void getOnAnswers_is405ProblemNaming_POST() {
            AssessmentApiTest.Created a = AssessmentApiTest.create(api, "");

            ApiClient.Response r = api.get(a.path() + "/answers", "Authorization", a.auth());

            RequestValidationApiTest.assertProblem(r, 405, Problems.METHOD_NOT_ALLOWED);
            assertThat(r.header("Allow")).isEqualTo("POST");
        }

        @Test
        void unknownPathOutsideTheApi_isNotAProblem() {
            var r = server.get("/no-such-page", "Accept", "text/html");

            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotContain("problem+json");
        }
    }

    @Nested
    class UnexpectedFailures {
        @Test
        void databaseFailure_is500ProblemWithGenericDetailAndNoAnswerInLogsOrBody() {
            AssessmentApiTest.Created a = AssessmentApiTest.create(api, "");
            server.database().close();
            String distinctiveAnswer = "{\"answers\": {\"cramp_location\": [\"face_eyelid\"], \"age_years\": 93.25}}";

            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream original = System.err;
            ApiClient.Response r;
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                r = api.post(a.path() + "/answers", distinctiveAnswer, "Authorization", a.auth());
            } finally {
                System.setErr(original);
            }

            RequestValidationApiTest.assertProblem(r, 500, Problems.INTERNAL_ERROR);
            assertThat(r.json().get("detail").asText()).isEqualTo(Problems.internalError().detail());
            assertThat(r.body()).doesNotContain("Exception", "at org.", "at java.", "face_eyelid", "93.25");
            String log = captured.toString(StandardCharsets.UTF_8);
            assertThat(log).as("the failure is logged").contains("Unhandled exception");
            assertThat(log).as("no answer in the log").doesNotContain("face_eyelid", "93.25", a.token());
        }
    }

    @Test
    void problemsAreServedAs_applicationProblemJson() {
        ApiClient.Response r = api.get("/api/nothing");

        assertThat(r.contentType()).startsWith(SpasmcheckServer.PROBLEM_JSON);
        assertThat(r.json().has("type")).isTrue();
        assertThat(r.json().has("title")).isTrue();
        assertThat(r.json().has("status")).isTrue();
        assertThat(r.json().has("detail")).isTrue();
        assertThat(r.json().get("errors").isArray()).isTrue();
    }
}
