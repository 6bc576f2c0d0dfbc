package org.spasmcheck.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A link that lets someone the person chooses (a clinician) read one assessment's report.
 *
 * @param tokenHash    SHA-256 (hex) of the link's secret token, which is in the link and never stored
 * @param includeDiary whether the report shows the diary the assessment was started from
 * @param expiresAt    the first moment at which the link is closed; after {@code createdAt}
 * @param revokedAt    when the person closed the link early, or null while they have not
 */
public record StoredShareLink(String id, String tokenHash, String assessmentId, boolean includeDiary,
                              Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public StoredShareLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("share link " + id + " must expire after it is created");
        }
    }

    /**
     * True if the link may be followed at {@code now}: it has not been revoked and {@code now} is before
     * {@code expiresAt} (at {@code expiresAt} itself it is closed). A revoked link stays closed whatever the time of
     * revocation, so a server whose clock runs behind cannot reopen it.
     */
    public boolean isOpenAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
