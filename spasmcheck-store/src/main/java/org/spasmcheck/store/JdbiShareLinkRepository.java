package org.spasmcheck.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Share links in the table {@code share_link} (see {@code db/migration/V2__diary_and_sharing.sql}).
 *
 * <p>{@code revoke} is one conditional UPDATE ({@code revoked_at IS NULL}), so of two concurrent revocations exactly
 * one succeeds and the first time is kept; and it names the assessment, so an assessment's token can only revoke
 * that assessment's links.
 *
 * <p>Only hashes of tokens are stored; nothing here logs.
 */
public final class JdbiShareLinkRepository implements ShareLinkRepository {

    /** Newest first, then by id: the same order on every database (see {@link #forAssessment}). */
    private static final Comparator<StoredShareLink> NEWEST_FIRST = Comparator
            .comparing(StoredShareLink::createdAt, Comparator.reverseOrder())
            .thenComparing(StoredShareLink::id);

    private static final String INSERT_LINK = """
            INSERT INTO share_link (id, token_hash, assessment_id, include_diary, created_at, expires_at, revoked_at)
            VALUES (:id, :tokenHash, :assessmentId, :includeDiary, :createdAt, :expiresAt, NULL)
            """;

    private static final String BY_ID = """
            SELECT id, token_hash, assessment_id, include_diary, created_at, expires_at, revoked_at
              FROM share_link
             WHERE id = :id
            """;

    private static final String BY_TOKEN_HASH = """
            SELECT id, token_hash, assessment_id, include_diary, created_at, expires_at, revoked_at
              FROM share_link
             WHERE token_hash = :tokenHash
            """;

    private static final String BY_ASSESSMENT = """
            SELECT id, token_hash, assessment_id, include_diary, created_at, expires_at, revoked_at
              FROM share_link
             WHERE assessment_id = :assessmentId
            """;

    private static final String REVOKE = """
            UPDATE share_link
               SET revoked_at = :at
             WHERE id = :id
               AND assessment_id = :assessmentId
               AND revoked_at IS NULL
            """;

    private final Jdbi jdbi;
    private final TransactionIsolationLevel consistentReads;

    /**
     * Created by {@link Database}; registers the constructor mapper of {@link StoredShareLink} on {@code jdbi}.
     *
     * @param jdbi            with the store's conventions installed ({@link Database#jdbi()})
     * @param consistentReads the isolation level at which {@link #forAssessment} sees the assessment and its links as
     *                        of one moment
     */
    JdbiShareLinkRepository(Jdbi jdbi, TransactionIsolationLevel consistentReads) {
        this.jdbi = jdbi;
        this.consistentReads = consistentReads;
        // Mapped by hand, not by constructor parameter names: an agent that redefines loaded classes (Jazzer's, in the
        // fuzz tests) can drop the names, and the mapper then matched no column.
        jdbi.registerRowMapper(StoredShareLink.class, (rows, ctx) -> new StoredShareLink(rows.getString("id"),
                rows.getString("token_hash"), rows.getString("assessment_id"), rows.getBoolean("include_diary"),
                Instant.ofEpochMilli(rows.getLong("created_at")), Instant.ofEpochMilli(rows.getLong("expires_at")),
                revokedAt(rows.getLong("revoked_at"), rows.wasNull())));
    }

    @Override
    public StoredShareLink create(StoredShareLink link) {
        Objects.requireNonNull(link, "link");
        if (link.revokedAt() != null) {
            throw new IllegalArgumentException("share link " + link.id() + " is new and cannot be revoked already");
        }
        return jdbi.inTransaction(handle -> {
            if (!JdbiAssessmentRepository.exists(handle, link.assessmentId())) {
                throw new AssessmentNotFoundException(link.assessmentId());
            }
            handle.createUpdate(INSERT_LINK).bindMethods(link).execute();
            return handle.createQuery(BY_ID).bind("id", link.id()).mapTo(StoredShareLink.class).one();
        });
    }

    @Override
    public Optional<StoredShareLink> findByTokenHash(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return jdbi.withHandle(handle -> handle.createQuery(BY_TOKEN_HASH)
                .bind("tokenHash", tokenHash)
                .mapTo(StoredShareLink.class)
                .findOne());
    }

    /**
     * Sorted here, not by ORDER BY: PostgreSQL compares text by the database's collation and SQLite by bytes, so
     * ids alone could come back in different orders.
     */
    @Override
    public List<StoredShareLink> forAssessment(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return jdbi.inTransaction(consistentReads, handle -> {
            if (!JdbiAssessmentRepository.exists(handle, assessmentId)) {
                throw new AssessmentNotFoundException(assessmentId);
            }
            return handle.createQuery(BY_ASSESSMENT)
                    .bind("assessmentId", assessmentId)
                    .mapTo(StoredShareLink.class)
                    .stream()
                    .sorted(NEWEST_FIRST)
                    .toList();
        });
    }

    @Override
    public boolean revoke(String assessmentId, String linkId, Instant at) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(at, "at");
        return jdbi.inTransaction(handle -> handle.createUpdate(REVOKE)
                .bind("id", linkId)
                .bind("assessmentId", assessmentId)
                .bind("at", at)
                .execute() > 0);
    }

    private static Instant revokedAt(long epochMillis, boolean isNull) {
        return isNull ? null : Instant.ofEpochMilli(epochMillis);
    }
}
