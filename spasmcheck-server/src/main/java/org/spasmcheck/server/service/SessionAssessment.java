package org.spasmcheck.server.service;

import java.time.Instant;
import java.util.Set;
import org.spasmcheck.engine.Assessment;

/**
 * A stored assessment with its current result.
 *
 * @param version   the stored version (the length of the answer log); a change names it to be applied only to this
 *                  state (see {@link Precondition})
 * @param token     the access token; only present right after creation (it is stored hashed and cannot be recovered)
 * @param diaryId   the diary the interview was started from, or null
 * @param fromDiary  the findings whose current answer was filled in from the diary (not yet changed by the person)
 * @param resultJson {@code assessment} as the JSON text of {@code AssessmentJson.of}, when a write has just produced
 *                   it for the stored snapshot (so that a response can carry it without serialising the result
 *                   again); null after a plain read
 */
public record SessionAssessment(String id, long version, String token, Instant createdAt, Instant updatedAt,
                                int questionsAsked, Assessment assessment, String diaryId, Set<String> fromDiary,
                                String resultJson) {
    public SessionAssessment {
        fromDiary = Set.copyOf(fromDiary);
    }
}
