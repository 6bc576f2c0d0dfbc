package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Thrown by handlers to answer with an RFC 9457 problem (application/problem+json), optionally with extension
 * members (RFC 9457 section 3.2), e.g. the current state of an assessment that changed.
 */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;
    private final transient Map<String, JsonNode> extensions;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    ProblemException(Problem problem, String member, JsonNode value) {
        this(problem, Map.of(member, value));
    }

    private ProblemException(Problem problem, Map<String, JsonNode> extensions) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
        this.extensions = Map.copyOf(extensions);
    }

    public Problem problem() {
        return problem;
    }

    /** Members added to the problem object, by name. */
    public Map<String, JsonNode> extensions() {
        return extensions;
    }
}
