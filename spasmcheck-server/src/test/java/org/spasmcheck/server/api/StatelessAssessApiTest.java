package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.json.AssessmentJson;

/** POST /api/v1/assess: one evidence object in, the full result out, nothing stored. */
class StatelessAssessApiTest extends ApiTestSupport {
    static final Path VIGNETTES = Path.of("..", "eval", "vignettes");

    static JsonNode expectedResult(JsonNode evidence, Audience audience) {
        EvidenceReader.Result read = new EvidenceReader(TestServer.KB).read(evidence);
        assertThat(read.problems()).isEmpty();
        return AssessmentJson.of(new Engine(TestServer.KB).assess(new AssessmentRequest(read.evidence(), audience, 0)));
    }

    @Nested
    class Results {
        @Test
        void assess_returnsTheEnginesResultForTheEvidence() {
            String evidence = "{\"age_years\": 67, \"sex\": \"male\", \"cramp_location\": [\"calf\"], "
                    + "\"calf_swelling_one_side\": true}";

            ApiClient.Response r = api.post("/api/v1/assess", "{\"evidence\": " + evidence + "}");

            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("audience").asText()).isEqualTo("patient");
            assertThat(r.json().get("result")).isEqualTo(expectedResult(read(evidence), Audience.PATIENT));
            assertThat(r.json().get("knowledge_base").get("sha256").asText()).isEqualTo(TestServer.KB.contentHash());
        }

        @Test
        void assess_asClinician_mayBeAskedClinicianQuestions() {
            ApiClient.Response r = api.post("/api/v1/assess", "{\"evidence\": {}, \"audience\": \"clinician\"}");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("audience").asText()).isEqualTo("clinician");
            assertThat(r.json().get("result")).isEqualTo(expectedResult(ApiClient.JSON.createObjectNode(), Audience.CLINICIAN));
        }

        @Test
        void assess_storesNothing() {
            api.post("/api/v1/assess", "{\"evidence\": {\"cramps_at_rest_night\": true}}");

            assertThat(server.get("/metrics").body()).contains("spasmcheck_assessments_started_total{channel=\"api\"} 0.0");
        }

        @Test
        void everyDevelopmentVignette_isAssessedAndConformsToTheDocument() throws IOException {
            List<Path> files;
            try (Stream<Path> list = Files.list(VIGNETTES)) {
                files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            assertThat(files).isNotEmpty();
            for (Path file : files) {
                JsonNode evidence = ApiClient.JSON.readTree(file.toFile()).get("evidence");
                ObjectNode body = ApiClient.JSON.createObjectNode();
                body.set("evidence", evidence);

                ApiClient.Response r = api.post("/api/v1/assess", body.toString());

                assertThat(r.status()).as(file.getFileName().toString()).isEqualTo(200);
                assertThat(r.json().get("result")).as(file.getFileName().toString())
                        .isEqualTo(expectedResult(evidence, Audience.PATIENT));
            }
        }
    }

    @Nested
    class Refusals {
        @Test
        void unknownAudience_is422WithTheAllowedValues() {
            ApiClient.Response r = api.post("/api/v1/assess", "{\"evidence\": {}, \"audience\": \"doctor\"}");

            RequestValidationApiTest.assertProblem(r, 422, Problems.INVALID_ANSWER);
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("audience");
            assertThat(r.json().get("errors").get(0).get("allowed").asText()).isEqualTo("patient, clinician");
        }

        @Test
        void missingEvidence_is400() {
            RequestValidationApiTest.assertProblem(api.post("/api/v1/assess", "{\"audience\": \"patient\"}"), 400,
                    Problems.INVALID_REQUEST);
        }

        @Test
        void unknownFinding_is422NamingIt() {
            ApiClient.Response r = api.post("/api/v1/assess", "{\"evidence\": {\"cramp_colour\": \"blue\"}}");

            RequestValidationApiTest.assertProblem(r, 422, Problems.INVALID_ANSWER);
            assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("cramp_colour");
        }

        @Test
        void unknownField_is400() {
            RequestValidationApiTest.assertProblem(api.post("/api/v1/assess", "{\"evidence\": {}, \"age\": 3}"), 400,
                    Problems.UNKNOWN_FIELD);
        }
    }

    private static JsonNode read(String json) {
        try {
            return ApiClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
