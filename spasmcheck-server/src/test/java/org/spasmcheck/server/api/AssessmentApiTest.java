package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.server.api.ApiClient.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spasmcheck.server.TestServer;

/** The stored interview over HTTP: create, answer, change, undo, fetch; access by token; survival of a restart. */
class AssessmentApiTest extends ApiTestSupport {
    /** More than any interview asks (the knowledge base's question cap is lower); the loop must end before. */
    static final int MAX_QUESTIONS = 100;
    static final String ASSESSMENTS = "/api/v1/assessments";

    /** A created assessment: its id, token and the creation response. */
    record Created(String id, String token, JsonNode body) {
        String path() {
            return ASSESSMENTS + "/" + id;
        }

        String auth() {
            return bearer(token);
        }
    }

    static Created create(ApiClient api, String body) {
        ApiClient.Response r = api.post(ASSESSMENTS, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode json = r.json();
        return new Created(json.get("id").asText(), json.get("token").asText(), json);
    }

    static ApiClient.Response answer(ApiClient api, Created a, String answersJson) {
        return api.post(a.path() + "/answers", "{\"answers\": " + answersJson + "}", "Authorization", a.auth());
    }

    /** "Don't know" to everything except yes/no questions, which get no. */
    static String dontKnowOrNo(JsonNode question) {
        return "boolean".equals(question.get("type").asText()) ? "false" : "null";
    }

    @Nested
    class Interview {
        @Test
        void create_withEmptyBody_returns201WithTokenLocationAndFirstQuestion() {
            ApiClient.Response r = api.post(ASSESSMENTS, "");

            assertThat(r.status()).isEqualTo(201);
            JsonNode body = r.json();
            assertThat(r.header("Location")).isEqualTo(ASSESSMENTS + "/" + body.get("id").asText());
            assertThat(body.get("token").asText()).hasSizeGreaterThanOrEqualTo(43);
            assertThat(body.get("answers").isEmpty()).isTrue();
            assertThat(body.get("finished").asBoolean()).isFalse();
            assertThat(body.get("next_question").get("finding").asText()).isNotBlank();
            assertThat(body.get("result").get("triage").get("level").asText()).isNotBlank();
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        }

        @Test
        void create_withInitialEvidence_recordsItAsAnswersButNotAsQuestionsAsked() {
            Created a = create(api, "{\"evidence\": {\"age_years\": 67, \"sex\": \"male\", \"cramp_location\": [\"calf\"]}}");

            assertThat(a.body().get("answers").toString())
                    .isEqualTo("{\"age_years\":67.0,\"sex\":\"male\",\"cramp_location\":[\"calf\"]}");
            assertThat(a.body().get("questions_asked").asInt()).isZero();
        }

        @Test
        void interview_answeredDontKnowOrNoToEveryQuestion_finishesAndFetchReturnsTheSameState() {
            Created a = create(api, "");
            JsonNode state = a.body();
            List<String> asked = new ArrayList<>();
            while (!state.get("finished").asBoolean() && asked.size() < MAX_QUESTIONS) {
                JsonNode question = state.get("next_question");
                String finding = question.get("finding").asText();
                assertThat(asked).as("a question is not asked twice").doesNotContain(finding);
                asked.add(finding);
                ApiClient.Response r = answer(api, a, "{\"" + finding + "\": " + dontKnowOrNo(question) + "}");
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                state = r.json();
            }

            assertThat(state.get("finished").asBoolean()).as("finished after %s", asked).isTrue();
            assertThat(state.get("next_question").isNull()).isTrue();
            assertThat(state.get("result").get("interview").get("stop_reason").asText()).isNotEqualTo("not_stopped");
            assertThat(state.get("questions_asked").asInt()).isEqualTo(asked.size());
            JsonNode fetched = api.get(a.path(), "Authorization", a.auth()).json();
            assertThat(fetched.get("answers")).isEqualTo(state.get("answers"));
            assertThat(fetched.get("result")).isEqualTo(state.get("result"));
            assertThat(fetched.get("questions_asked")).isEqualTo(state.get("questions_asked"));
            assertThat(fetched.has("token")).as("the token is returned only at creation").isFalse();
        }

        @Test
        void answers_severalInOneRequest_areAllRecordedInOrder() {
            Created a = create(api, "");

            JsonNode state = answer(api, a, "{\"cramps_at_rest_night\": true, \"cramps_wake_you\": null, \"age_years\": 70}").json();

            assertThat(state.get("answers").toString())
                    .isEqualTo("{\"cramps_at_rest_night\":true,\"cramps_wake_you\":null,\"age_years\":70.0}");
        }

        @Test
        void answer_changed_replacesTheEarlierAnswer() {
            Created a = create(api, "");
            answer(api, a, "{\"cramps_at_rest_night\": true}");

            JsonNode state = answer(api, a, "{\"cramps_at_rest_night\": false}").json();

            assertThat(state.get("answers").toString()).isEqualTo("{\"cramps_at_rest_night\":false}");
            JsonNode oneShot = api.post("/api/v1/assess", "{\"evidence\": {\"cramps_at_rest_night\": false}}").json();
            assertThat(state.get("result").get("differential")).isEqualTo(oneShot.get("result").get("differential"));
        }

        @Test
        void undoLast_removesOnlyTheMostRecentAnswer() {
            Created a = create(api, "");
            answer(api, a, "{\"cramps_at_rest_night\": true}");
            answer(api, a, "{\"cramps_wake_you\": false}");

            ApiClient.Response r = api.delete(a.path() + "/answers/last", "Authorization", a.auth());

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("answers").toString()).isEqualTo("{\"cramps_at_rest_night\":true}");
            assertThat(api.get(a.path(), "Authorization", a.auth()).json().get("answers").toString())
                    .isEqualTo("{\"cramps_at_rest_night\":true}");
        }

        @Test
        void undoLast_withNothingLeftToUndo_is409Problem() {
            Created a = create(api, "");
            answer(api, a, "{\"cramps_at_rest_night\": true}");
            assertThat(api.delete(a.path() + "/answers/last", "Authorization", a.auth()).status()).isEqualTo(200);

            ApiClient.Response r = api.delete(a.path() + "/answers/last", "Authorization", a.auth());

            assertThat(r.status()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("type").asText()).isEqualTo(Problems.NOTHING_TO_UNDO);
        }

        @Test
        void everyResponse_namesTheKnowledgeBaseInBodyAndHeaders() {
            Created a = create(api, "");
            ApiClient.Response r = api.get(a.path(), "Authorization", a.auth());

            assertThat(r.json().get("knowledge_base").get("version").asText()).isEqualTo(TestServer.KB.version());
            assertThat(r.json().get("knowledge_base").get("sha256").asText()).isEqualTo(TestServer.KB.contentHash());
            assertThat(r.json().get("result").get("knowledge_base")).isEqualTo(r.json().get("knowledge_base"));
            assertThat(r.header(ApiRoutes.KB_VERSION_HEADER)).isEqualTo(TestServer.KB.version());
            assertThat(r.header(ApiRoutes.KB_HASH_HEADER)).isEqualTo(TestServer.KB.contentHash());
        }
    }

    @Nested
    class Access {
        @Test
        void get_withWrongToken_missingToken_orUnknownId_isTheSame404Problem() {
            Created a = create(api, "");
            Created other = create(api, "");

            ApiClient.Response wrongToken = api.get(a.path(), "Authorization", other.auth());
            ApiClient.Response noToken = api.get(a.path());
            ApiClient.Response notBearer = api.get(a.path(), "Authorization", "Basic " + a.token());
            ApiClient.Response unknownId = api.get(ASSESSMENTS + "/does-not-exist", "Authorization", a.auth());

            for (ApiClient.Response r : List.of(wrongToken, noToken, notBearer, unknownId)) {
                assertThat(r.status()).isEqualTo(404);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.body()).isEqualTo(unknownId.body());
            }
            assertThat(unknownId.json().get("type").asText()).isEqualTo(Problems.NOT_FOUND);
        }

        @Test
        void answerAndUndo_withWrongToken_are404AndChangeNothing() {
            Created a = create(api, "");
            answer(api, a, "{\"cramps_at_rest_night\": true}");

            ApiClient.Response answered = api.post(a.path() + "/answers", "{\"answers\": {\"cramps_wake_you\": true}}",
                    "Authorization", bearer("wrong"));
            ApiClient.Response undone = api.delete(a.path() + "/answers/last", "Authorization", bearer("wrong"));

            assertThat(answered.status()).isEqualTo(404);
            assertThat(undone.status()).isEqualTo(404);
            assertThat(api.get(a.path(), "Authorization", a.auth()).json().get("answers").toString())
                    .isEqualTo("{\"cramps_at_rest_night\":true}");
        }

        @Test
        void bearerScheme_isCaseInsensitive() {
            Created a = create(api, "");

            assertThat(api.get(a.path(), "Authorization", "bearer " + a.token()).status()).isEqualTo(200);
        }
    }

    @Nested
    class Persistence {
        @Test
        void answers_surviveAServerRestartOnTheSameDataDirectory() {
            Created a = create(api, "{\"evidence\": {\"age_years\": 58, \"sex\": \"female\"}}");
            answer(api, a, "{\"cramp_location\": [\"calf\", \"foot\"]}");
            JsonNode before = answer(api, a, "{\"cramps_at_rest_night\": true}").json();
            server.close();

            server = TestServer.start(dataDir);
            api = new ApiClient(server);
            ApiClient.Response after = api.get(a.path(), "Authorization", a.auth());

            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json().get("answers")).isEqualTo(before.get("answers"));
            assertThat(after.json().get("result")).isEqualTo(before.get("result"));
            assertThat(after.json().get("questions_asked")).isEqualTo(before.get("questions_asked"));
        }
    }
}
