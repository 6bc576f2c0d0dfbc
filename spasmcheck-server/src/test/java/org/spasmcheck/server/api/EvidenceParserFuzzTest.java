package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.service.ValueJson;

/**
 * The evidence parser of the API (request body bytes to {@link Evidence}: UTF-8, JSON, the object, the evidence or
 * answers field, each finding and value). Property: it returns evidence whose every answer survives the stored
 * encoding unchanged, or a 400/422 problem of a documented type that names each field at fault and what it allows;
 * never any other exception.
 *
 * <p>Fuzzing mode: {@code JAZZER_FUZZ=1 mvn -pl spasmcheck-server -am test -Dtest=EvidenceParserFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m} (docs/RELIABILITY.md, "Fuzzing").
 */
class EvidenceParserFuzzTest {
    private static final KnowledgeBase KB = TestServer.KB;
    private static final EvidenceReader READER = new EvidenceReader(KB);

    /** The first byte chooses the body's shape (POST /assessments takes "evidence", POST .../answers "answers"). */
    @FuzzTest(maxDuration = "30s")
    void evidenceBody(FuzzedDataProvider data) {
        boolean answers = data.consumeBoolean();
        String field = answers ? "answers" : "evidence";
        byte[] body = data.consumeRemainingAsBytes();
        try {
            ObjectNode object = RequestBodies.object(body, "application/json", !answers, Set.of(field));
            Evidence evidence = ApiRoutes.evidence(READER, RequestBodies.objectField(object, field, answers));
            evidence.answers().forEach((id, value) -> assertThat(
                    ValueJson.decode(KB.finding(id).orElseThrow(), ValueJson.encode(value))).as(id).isEqualTo(value));
        } catch (ProblemException e) {
            assertNamesWhatIsWrong(e.problem());
        }
    }

    private static void assertNamesWhatIsWrong(Problem problem) {
        assertThat(problem.type()).isIn(Problems.MALFORMED_JSON, Problems.INVALID_REQUEST, Problems.UNKNOWN_FIELD,
                Problems.INVALID_ANSWER);
        assertThat(problem.status()).isIn(400, 422);
        assertThat(problem.detail()).isNotBlank();
        if (problem.type().equals(Problems.UNKNOWN_FIELD) || problem.type().equals(Problems.INVALID_ANSWER)) {
            assertThat(problem.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.field()).as(problem.detail()).isNotNull();
                assertThat(error.message()).as(problem.detail()).isNotBlank();
                assertThat(error.allowed()).as(problem.detail()).isNotBlank();
            });
        }
    }
}
