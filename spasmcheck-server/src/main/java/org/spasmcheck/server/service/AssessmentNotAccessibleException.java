package org.spasmcheck.server.service;

/** No assessment with this id, or the token does not match: the two are indistinguishable on purpose (404). */
public final class AssessmentNotAccessibleException extends RuntimeException {
    public AssessmentNotAccessibleException() {
        super("no such assessment, or the access token does not match");
    }
}
