package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.server.TestServer;

/** GET /api/v1/knowledge/*: what the engine reasons with, with sources. */
class KnowledgeApiTest extends ApiTestSupport {
    static final KnowledgeBase KB = TestServer.KB;

    JsonNode get(String path) {
        ApiClient.Response r = api.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @ParameterizedTest
    @ValueSource(strings = {"version", "findings", "conditions", "sources"})
    void everyKnowledgeEndpoint_namesTheKnowledgeBaseVersionAndHash(String endpoint) {
        ApiClient.Response r = api.get("/api/v1/knowledge/" + endpoint);

        assertThat(r.json().get("knowledge_base").get("version").asText()).isEqualTo(KB.version());
        assertThat(r.json().get("knowledge_base").get("sha256").asText()).isEqualTo(KB.contentHash());
        assertThat(r.header(ApiRoutes.KB_HASH_HEADER)).isEqualTo(KB.contentHash());
    }

    @Test
    void version_givesVersionHashAndCounts() {
        JsonNode v = get("/api/v1/knowledge/version");

        assertThat(v.get("version").asText()).isEqualTo(KB.version());
        assertThat(v.get("sha256").asText()).isEqualTo(KB.contentHash()).hasSize(64);
        assertThat(v.get("counts").get("findings").asInt()).isEqualTo(KB.findings().size());
        assertThat(v.get("counts").get("conditions").asInt()).isEqualTo(KB.conditions().size());
        assertThat(v.get("counts").get("sources").asInt()).isEqualTo(KB.sources().size());
        assertThat(v.get("counts").get("red_flag_rules").asInt()).isEqualTo(KB.rules().size());
    }

    @Test
    void findings_listEveryFindingWithTypeOptionsUnitRangeAndWhy() {
        JsonNode findings = get("/api/v1/knowledge/findings").get("findings");

        assertThat(findings).hasSize(KB.findings().size());
        JsonNode age = find(findings, "id", "age_years");
        assertThat(age.get("type").asText()).isEqualTo("number");
        assertThat(age.get("unit").asText()).isEqualTo("years");
        assertThat(age.get("range").get("min").asDouble()).isEqualTo(0);
        assertThat(age.get("range").get("max").asDouble()).isEqualTo(120);
        assertThat(age.get("asked_of").asText()).isEqualTo("patient");
        JsonNode sex = find(findings, "id", "sex");
        assertThat(sex.get("options")).extracting(JsonNode::asText).containsExactly("female", "male");
        assertThat(sex.get("range").isNull()).isTrue();
        for (JsonNode f : findings) {
            assertThat(f.get("question").asText()).as(f.get("id").asText()).isNotBlank();
            assertThat(f.get("why").asText()).as(f.get("id").asText()).isNotBlank();
        }
    }

    @Test
    void conditions_listPriorsTriageFloorsAndLikelihoodRatiosEachWithASourceOrEstimate() {
        JsonNode conditions = get("/api/v1/knowledge/conditions").get("conditions");
        Set<String> sourceKeys = new HashSet<>();
        get("/api/v1/knowledge/sources").get("sources").forEach(s -> sourceKeys.add(s.get("key").asText()));

        assertThat(conditions).hasSize(KB.conditions().size());
        for (JsonNode c : conditions) {
            String id = c.get("id").asText();
            assertThat(c.get("lay_name").asText()).as(id).isNotBlank();
            assertThat(c.get("prior").get("probability").asDouble()).as(id).isBetween(0.0, 1.0);
            assertThat(c.get("triage_floor").get("level").asText()).as(id).isNotBlank();
            assertThat(c.get("likelihood_ratios")).as(id).isNotEmpty();
            for (JsonNode lr : c.get("likelihood_ratios")) {
                assertThat(lr.get("sources").isEmpty() && lr.get("estimate").isNull())
                        .as("%s / %s is cited or estimated", id, lr.get("finding")).isFalse();
                lr.get("sources").forEach(s -> assertThat(sourceKeys).as("source of %s", id).contains(s.asText()));
                assertThat(KB.findings()).as(id).containsKey(lr.get("finding").asText());
            }
        }
    }

    @Test
    void sources_areListedByKeyWithTheirCitation() {
        JsonNode sources = get("/api/v1/knowledge/sources").get("sources");

        assertThat(sources).hasSize(KB.sources().size());
        assertThat(sources).extracting(s -> s.get("key").asText()).isSorted();
        sources.forEach(s -> assertThat(s.get("citation").asText()).as(s.get("key").asText()).isNotBlank());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " = " + value);
    }
}
