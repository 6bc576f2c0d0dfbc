package org.spasmcheck.server.service;

import java.time.Instant;
import java.util.Set;
import org.spasmcheck.engine.Assessment;

/**
 * A stored assessment with its current result.
 *
 * @param token     the access token; only present right after creation (it is stored hashed and cannot be recovered)
 * @param diaryId   the diary the interview was started from, or null
 * @param fromDiary the findings whose current answer was filled in from the diary (not yet changed by the person)
 */
public record SessionAssessment(String id, String token, Instant createdAt, Instant updatedAt, int questionsAsked,
                                Assessment assessment, String diaryId, Set<String> fromDiary) {
    public SessionAssessment {
        fromDiary = Set.copyOf(fromDiary);
    }
}
