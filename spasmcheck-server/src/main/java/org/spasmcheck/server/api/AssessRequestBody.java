package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Set;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.knowledge.EvidenceReader;

/**
 * The body of {@code POST /api/v1/assess}, parsed and checked exactly as the route does. Public so that the
 * benchmarks can weigh the parsing against the assessment it feeds (docs/PERFORMANCE.md).
 *
 * @param audience who answers: {@code patient} when the body names none
 */
public record AssessRequestBody(Evidence evidence, Audience audience) {
    private static final Set<String> FIELDS = Set.of("evidence", "audience");

    /**
     * @param body        the request body's bytes as sent
     * @param contentType the request's Content-Type header (null when absent)
     * @throws ProblemException 415 for a body not sent as JSON; 400 for bytes that are not UTF-8, malformed JSON,
     *                          unknown fields, a missing or invalid evidence object, or an unknown audience
     */
    public static AssessRequestBody parse(byte[] body, String contentType, EvidenceReader reader) {
        ObjectNode object = RequestBodies.object(body, contentType, false, FIELDS);
        Evidence evidence = ApiRoutes.evidence(reader, RequestBodies.objectField(object, "evidence", true));
        return new AssessRequestBody(evidence, audience(object.get("audience")));
    }

    private static Audience audience(JsonNode node) {
        if (node == null) {
            return Audience.PATIENT;
        }
        for (Audience a : Audience.values()) {
            if (node.isTextual() && a.id().equals(node.asText())) {
                return a;
            }
        }
        throw new ProblemException(Problems.invalidValue("audience", "not an audience: " + node,
                String.join(", ", Arrays.stream(Audience.values()).map(Audience::id).toList())));
    }
}
