package org.spasmcheck.server.service;

import java.time.Instant;
import org.spasmcheck.engine.Assessment;

/**
 * A stored assessment with its current result.
 *
 * @param token the access token; only present right after creation (it is stored hashed and cannot be recovered)
 */
public record SessionAssessment(String id, String token, Instant createdAt, Instant updatedAt, int questionsAsked,
                                Assessment assessment) {
}
