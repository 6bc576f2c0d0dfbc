package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.server.api.ApiClient.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The diary over HTTP: key-only access, episodes checked field by field, patterns, charts, interviews from it. */
class DiaryApiTest extends ApiTestSupport {
    static final String DIARY = DiaryRoutes.DIARY;
    static final String AUTH = "Authorization";

    static String createDiary(ApiClient api) {
        ApiClient.Response r = api.post(DIARY, "");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("key").asText();
    }

    /** An episode {@code daysAgo} days before today (the server's clock is UTC), at night in the calf. */
    static String episode(int daysAgo, String site, String trigger, int seconds) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo);
        return "{\"start\": \"" + day + "T02:30\", \"duration_seconds\": " + seconds + ", \"muscle_group\": \"" + site
                + "\", \"side\": \"left\", \"intensity\": 6, \"trigger\": \"" + trigger + "\", \"helped\": \"stretching\"}";
    }

    static void addNightCalfCramps(ApiClient api, String key, int count) {
        for (int i = 0; i < count; i++) {
            ApiClient.Response r = api.post(DIARY + "/episodes", episode(i, "calf", "night_rest", 90), AUTH, bearer(key));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
    }

    @Nested
    class Access {
        @Test
        void newDiary_returnsA256BitKeyOnce_andOpensOnlyWithIt() {
            String key = createDiary(api);
            assertThat(key).hasSize(43);

            assertThat(api.get(DIARY, AUTH, bearer(key)).status()).isEqualTo(200);
            assertThat(api.get(DIARY).status()).isEqualTo(404);
            assertThat(api.get(DIARY, AUTH, bearer(key.substring(1) + "A")).status()).isEqualTo(404);
            assertThat(api.get(DIARY, AUTH, bearer(createDiary(api))).json().get("episodes")).isEmpty();
        }

        @Test
        void keyIsNotStored_onlyItsHash() {
            String key = createDiary(api);
            String stored = server.database().jdbi().withHandle(h -> h.createQuery("SELECT key_hash FROM diary")
                    .mapTo(String.class).one());
            assertThat(stored).isNotEqualTo(key).doesNotContain(key).hasSize(64);
        }
    }

    @Nested
    class Episodes {
        @Test
        void addedEpisode_isReturnedAsStored_andListed() {
            String key = createDiary(api);
            ApiClient.Response r = api.post(DIARY + "/episodes", episode(1, "foot", "exercise", 45), AUTH, bearer(key));

            assertThat(r.status()).isEqualTo(201);
            JsonNode e = r.json();
            assertThat(e.get("muscle_group").asText()).isEqualTo("foot");
            assertThat(e.get("duration_seconds").asLong()).isEqualTo(45);
            assertThat(e.get("trigger").asText()).isEqualTo("exercise");
            JsonNode listed = api.get(DIARY, AUTH, bearer(key)).json().get("episodes");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0)).isEqualTo(e);
        }

        @Test
        void invalidEpisode_namesEveryFieldAtFault_andStoresNothing() {
            String key = createDiary(api);
            ApiClient.Response r = api.post(DIARY + "/episodes", "{\"start\": \"yesterday\", \"duration_seconds\": 0, "
                    + "\"muscle_group\": \"elbow\", \"side\": \"up\", \"intensity\": 11, \"trigger\": \"sleep\"}",
                    AUTH, bearer(key));

            assertThat(r.status()).isEqualTo(422);
            List<String> fields = new ArrayList<>();
            r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertThat(fields).containsExactlyInAnyOrder("start", "duration_seconds", "muscle_group", "side",
                    "intensity", "trigger");
            assertThat(r.json().get("errors").toString()).contains("calf", "night_rest", "left, right, both, middle");
            assertThat(api.get(DIARY, AUTH, bearer(key)).json().get("episodes")).isEmpty();
        }

        @Test
        void wrongJsonTypes_areNamed() {
            String key = createDiary(api);
            ApiClient.Response r = api.post(DIARY + "/episodes", "{\"start\": 5, \"duration_seconds\": \"long\", "
                    + "\"muscle_group\": \"calf\", \"side\": \"left\", \"intensity\": 2.5, \"trigger\": \"other\"}",
                    AUTH, bearer(key));
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("start", "duration_seconds", "intensity");
        }

        @Test
        void episodeInTheFuture_isRefused() {
            String key = createDiary(api);
            ApiClient.Response r = api.post(DIARY + "/episodes", episode(-3, "calf", "night_rest", 60), AUTH, bearer(key));
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().get("errors").get(0).get("message").asText()).isEqualTo("in the future");
        }

        @Test
        void deletedEpisode_isGone_andDeletingAgainIs404() {
            String key = createDiary(api);
            String id = api.post(DIARY + "/episodes", episode(1, "calf", "night_rest", 60), AUTH, bearer(key))
                    .json().get("id").asText();

            assertThat(api.delete(DIARY + "/episodes/" + id, AUTH, bearer(key)).status()).isEqualTo(204);
            assertThat(api.get(DIARY, AUTH, bearer(key)).json().get("episodes")).isEmpty();
            assertThat(api.delete(DIARY + "/episodes/" + id, AUTH, bearer(key)).status()).isEqualTo(404);
        }

        @Test
        void anotherDiarysKey_cannotDeleteMyEpisode() {
            String mine = createDiary(api);
            String id = api.post(DIARY + "/episodes", episode(1, "calf", "night_rest", 60), AUTH, bearer(mine))
                    .json().get("id").asText();
            assertThat(api.delete(DIARY + "/episodes/" + id, AUTH, bearer(createDiary(api))).status()).isEqualTo(404);
            assertThat(api.get(DIARY, AUTH, bearer(mine)).json().get("episodes")).hasSize(1);
        }
    }

    @Nested
    class Patterns {
        @Test
        void nightlyCramps_escalateAsFrequent_andAnswerTheInterviewQuestions() {
            String key = createDiary(api);
            addNightCalfCramps(api, key, 28);

            JsonNode p = api.get(DIARY + "/patterns", AUTH, bearer(key)).json();
            assertThat(p.get("recent_episodes").asInt()).isEqualTo(28);
            assertThat(p.get("escalations").findValuesAsText("rule")).contains("diary_frequent_cramps");
            assertThat(p.get("escalation_level").asText()).isEqualTo("consultation");
            assertThat(p.get("answers").findValuesAsText("finding")).contains("cramps_per_week", "cramps_at_rest_night",
                    "cramp_location", "cramp_duration");
        }

        @Test
        void charts_areAccessibleSvg_andAnUnknownChartIsNamed() {
            String key = createDiary(api);
            addNightCalfCramps(api, key, 3);
            for (String chart : DiaryRoutes.CHARTS) {
                ApiClient.Response r = api.get(DIARY + "/charts/" + chart, AUTH, bearer(key));
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.header("Content-Type")).startsWith("image/svg+xml");
                assertThat(r.body()).contains("<svg", "role=\"img\"", "<title", "<desc");
            }
            ApiClient.Response unknown = api.get(DIARY + "/charts/pie", AUTH, bearer(key));
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.json().get("detail").asText()).contains("weeks, time-of-day, sites");
        }
    }

    @Nested
    class InterviewFromDiary {
        @Test
        void startedInterview_beginsWithTheDiaryAnswers_markedAsFromTheDiary() {
            String key = createDiary(api);
            addNightCalfCramps(api, key, 6);
            JsonNode patterns = api.get(DIARY + "/patterns", AUTH, bearer(key)).json();

            ApiClient.Response r = api.post(DIARY + "/assessments", "", AUTH, bearer(key));

            assertThat(r.status()).isEqualTo(201);
            JsonNode a = r.json();
            assertThat(a.get("token").asText()).isNotBlank();
            List<String> fromDiary = new ArrayList<>();
            a.get("from_diary").forEach(f -> fromDiary.add(f.asText()));
            assertThat(fromDiary).containsExactlyInAnyOrderElementsOf(patterns.get("answers").findValuesAsText("finding"));
            patterns.get("answers").forEach(ans -> assertThat(a.get("answers").get(ans.get("finding").asText()))
                    .isEqualTo(ans.get("value")));
            assertThat(a.get("questions_asked").asInt()).isZero();
        }

        @Test
        void changingADiaryAnswer_makesItThePersons() {
            String key = createDiary(api);
            addNightCalfCramps(api, key, 6);
            JsonNode a = api.post(DIARY + "/assessments", "{\"changes\": {\"cramps_per_week\": 3}}", AUTH, bearer(key)).json();
            assertThat(a.get("answers").get("cramps_per_week").asDouble()).isEqualTo(3.0);
            assertThat(a.get("from_diary").toString()).doesNotContain("cramps_per_week").contains("cramp_location");

            AssessmentApiTest.Created c = new AssessmentApiTest.Created(a.get("id").asText(), a.get("token").asText(), a);
            JsonNode after = AssessmentApiTest.answer(api, c, "{\"cramp_location\": [\"calf\", \"foot\"]}").json();
            assertThat(after.get("from_diary").toString()).doesNotContain("cramp_location");
        }

        @Test
        void invalidChange_isRefusedWithTheFindingNamed() {
            String key = createDiary(api);
            ApiClient.Response r = api.post(DIARY + "/assessments", "{\"changes\": {\"cramps_per_week\": \"many\"}}",
                    AUTH, bearer(key));
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("cramps_per_week");
        }
    }
}
