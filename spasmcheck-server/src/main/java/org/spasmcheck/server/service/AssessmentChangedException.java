package org.spasmcheck.server.service;

/**
 * A change was made against a version of the assessment that is no longer current (another client answered or went
 * back first). Nothing was written; {@link #current()} is the state now, for the client to show and re-apply to.
 */
public final class AssessmentChangedException extends RuntimeException {
    private final transient SessionAssessment current;

    public AssessmentChangedException(SessionAssessment current) {
        super("the assessment changed; it is now at version " + current.version());
        this.current = current;
    }

    public SessionAssessment current() {
        return current;
    }
}
