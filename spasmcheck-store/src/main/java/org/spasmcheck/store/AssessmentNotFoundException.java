package org.spasmcheck.store;

/** No assessment with this id. */
public final class AssessmentNotFoundException extends RuntimeException {
    public AssessmentNotFoundException(String id) {
        super("no assessment " + id);
    }
}
