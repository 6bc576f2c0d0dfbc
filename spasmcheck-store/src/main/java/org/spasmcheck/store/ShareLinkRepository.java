package org.spasmcheck.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Share links to assessments' reports. Every write is one transaction that is committed before the method returns,
 * so a revoked link is closed before the person is told so.
 */
public interface ShareLinkRepository {

    /**
     * Stores a new link.
     *
     * @return the link as stored (times truncated to the millisecond)
     * @throws AssessmentNotFoundException if there is no such assessment
     * @throws IllegalArgumentException    if the link is already revoked
     */
    StoredShareLink create(StoredShareLink link);

    /** The link whose token has this SHA-256 hash (open or not: {@link StoredShareLink#isOpenAt} decides). */
    Optional<StoredShareLink> findByTokenHash(String tokenHash);

    /**
     * The assessment's links, open or not, newest first; links created at the same moment in the order of their ids
     * ({@link String#compareTo}), on every database.
     *
     * @throws AssessmentNotFoundException if there is no such assessment (one without links gives an empty list)
     */
    List<StoredShareLink> forAssessment(String assessmentId);

    /**
     * Closes a link of this assessment at {@code at}. A link is revoked once: revoking it again keeps the first time.
     *
     * @return true if the link was open until now; false if it was already revoked, or the assessment has no such link
     */
    boolean revoke(String assessmentId, String linkId, Instant at);
}
