package org.spasmcheck.server.api;

/** Thrown by handlers to answer with an RFC 9457 problem (application/problem+json). */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
