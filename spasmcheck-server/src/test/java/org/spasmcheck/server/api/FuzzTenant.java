package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.spasmcheck.server.TestServer;

/**
 * Someone with data on the fuzzed server: an assessment with answers and a share link, and a diary with one episode.
 * The fuzzer acts as one tenant and must never reach the other's.
 *
 * @param note the diary episode's note, unique to this tenant, so a leak can be spotted in any response
 */
record FuzzTenant(String assessmentId, String token, String shareId, String shareToken, String diaryKey,
                  String episodeId, String note) {

    static FuzzTenant create(TestServer server, String note) {
        JsonNode assessment = created(server.post("/api/v1/assessments",
                "{\"evidence\": {\"age_years\": 52, \"sex\": \"male\", \"cramp_location\": [\"calf\"]}}"));
        String id = assessment.get("id").asText();
        String token = assessment.get("token").asText();
        JsonNode share = created(server.post("/api/v1/assessments/" + id + "/shares", "{\"expires_in_days\": 30}",
                "Authorization", "Bearer " + token));
        String key = created(server.post("/api/v1/diary", "")).get("key").asText();
        JsonNode episode = created(server.post("/api/v1/diary/episodes", "{\"start\": \"2026-01-05T22:30\", "
                + "\"duration_seconds\": 120, \"muscle_group\": \"calf\", \"side\": \"left\", \"intensity\": 7, "
                + "\"trigger\": \"night_rest\", \"helped\": \"stretching\", \"note\": \"" + note + "\"}",
                "Authorization", "Bearer " + key));
        return new FuzzTenant(id, token, share.get("id").asText(),
                share.get("url").asText().substring(ShareRoutes.SHARED_PAGE.length()), key, episode.get("id").asText(), note);
    }

    /**
     * Whether a response shows a secret or private word of this tenant that the request did not carry itself (an
     * error may quote the request's path; the fuzzer learns the words from the test's own comparisons).
     */
    boolean leaksInto(String response, String request) {
        return Stream.of(note, token, diaryKey, shareToken).anyMatch(s -> response.contains(s) && !request.contains(s));
    }

    /** Whether a path names one of this tenant's resources. */
    boolean isNamedIn(String path) {
        return path.contains(assessmentId) || path.contains(episodeId) || path.contains(shareId) || path.contains(shareToken);
    }

    private static JsonNode created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        try {
            return ApiClient.JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.body(), e);
        }
    }
}
