package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link ShareLinkRepository} must have, run against each database the store supports by a
 * subclass that says where the database is. No mocks: every test talks to a real database.
 */
abstract class ShareLinkRepositoryContract {

    private static final Instant CREATED = Instant.parse("2026-11-25T09:00:00.123Z");
    private static final Instant EXPIRES = CREATED.plus(Duration.ofDays(14));
    private static final Instant REVOKED = Instant.parse("2026-11-26T17:45:10.987Z");
    private static final Instant REVOKED_AGAIN = REVOKED.plus(Duration.ofHours(1));

    /** Threads racing to revoke one link: enough to interleave, few enough to stay fast. */
    private static final int REVOKING_THREADS = 4;
    private static final long CONCURRENT_TEST_TIMEOUT_SECONDS = 60;

    protected Database database;
    protected ShareLinkRepository links;

    /** Where the database is; the same URL during one test, so that reopening finds the same data. */
    protected abstract String databaseUrl();

    @BeforeEach
    void openDatabase() {
        database = Database.open(databaseUrl());
        links = database.shareLinks();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void create_thenFindByTokenHash_returnsEveryField(boolean includeDiary) {
        String assessmentId = newAssessment();
        StoredShareLink link = new StoredShareLink(newId(), newId(), assessmentId, includeDiary, CREATED, EXPIRES,
                null);

        StoredShareLink created = links.create(link);

        assertThat(created).isEqualTo(link);
        StoredShareLink found = links.findByTokenHash(link.tokenHash()).orElseThrow();
        assertThat(found).isEqualTo(link);
        assertThat(found.id()).isEqualTo(link.id());
        assertThat(found.tokenHash()).isEqualTo(link.tokenHash());
        assertThat(found.assessmentId()).isEqualTo(assessmentId);
        assertThat(found.includeDiary()).isEqualTo(includeDiary);
        assertThat(found.createdAt()).isEqualTo(CREATED);
        assertThat(found.expiresAt()).isEqualTo(EXPIRES);
        assertThat(found.revokedAt()).isNull();
    }

    @Test
    void create_truncatesTimesToTheMillisecond() {
        StoredShareLink link = new StoredShareLink(newId(), newId(), newAssessment(), false,
                Instant.parse("2026-11-25T09:00:00.123456Z"), Instant.parse("2026-12-09T09:00:00.999999999Z"), null);

        StoredShareLink created = links.create(link);

        assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00.123Z"));
        assertThat(created.expiresAt()).isEqualTo(Instant.parse("2026-12-09T09:00:00.999Z"));
        assertThat(links.findByTokenHash(link.tokenHash())).contains(created);
    }

    /** Truncation moves the expiry earlier by less than a millisecond, never later: the safe side. */
    @Test
    void storedLink_isOpenUntilTheMillisecondOfItsExpiry_andClosedFromIt() {
        StoredShareLink stored = links.create(new StoredShareLink(newId(), newId(), newAssessment(), false, CREATED,
                Instant.parse("2026-12-09T09:00:00.500900Z"), null));
        Instant expiry = Instant.parse("2026-12-09T09:00:00.500Z");

        StoredShareLink found = links.findByTokenHash(stored.tokenHash()).orElseThrow();

        assertThat(found.expiresAt()).isEqualTo(expiry);
        assertThat(found.isOpenAt(CREATED)).isTrue();
        assertThat(found.isOpenAt(expiry.minusNanos(1))).isTrue();
        assertThat(found.isOpenAt(expiry)).isFalse();
        assertThat(found.isOpenAt(Instant.parse("2026-12-09T09:00:00.500900Z").minusNanos(1))).isFalse();
    }

    @Test
    void findByTokenHash_unknownHash_isEmpty() {
        assertThat(links.findByTokenHash(newId())).isEmpty();
    }

    @Test
    void create_forAnUnknownAssessment_throwsAssessmentNotFoundAndWritesNothing() {
        String assessmentId = newId();
        StoredShareLink link = new StoredShareLink(newId(), newId(), assessmentId, true, CREATED, EXPIRES, null);

        assertThatThrownBy(() -> links.create(link))
                .isInstanceOf(AssessmentNotFoundException.class)
                .hasMessageContaining(assessmentId);

        assertThat(links.findByTokenHash(link.tokenHash())).isEmpty();
    }

    @Test
    void create_linkAlreadyRevoked_isRejectedAndWritesNothing() {
        StoredShareLink link = new StoredShareLink(newId(), newId(), newAssessment(), true, CREATED, EXPIRES, REVOKED);

        assertThatThrownBy(() -> links.create(link)).isInstanceOf(IllegalArgumentException.class);

        assertThat(links.findByTokenHash(link.tokenHash())).isEmpty();
    }

    @Test
    void create_withAnIdAlreadyStored_failsAndLeavesTheFirstLinkUnchanged() {
        String assessmentId = newAssessment();
        StoredShareLink first = links.create(link(assessmentId, CREATED));
        StoredShareLink sameId = new StoredShareLink(first.id(), newId(), assessmentId, true, REVOKED,
                REVOKED.plus(Duration.ofDays(1)), null);

        assertThatThrownBy(() -> links.create(sameId)).isInstanceOf(RuntimeException.class);

        assertThat(links.forAssessment(assessmentId)).containsExactly(first);
        assertThat(links.findByTokenHash(sameId.tokenHash())).isEmpty();
    }

    @Test
    void create_withATokenHashAlreadyStored_failsAndLeavesTheFirstLinkUnchanged() {
        String assessmentId = newAssessment();
        StoredShareLink first = links.create(link(assessmentId, CREATED));
        StoredShareLink sameToken = new StoredShareLink(newId(), first.tokenHash(), newAssessment(), true, REVOKED,
                REVOKED.plus(Duration.ofDays(1)), null);

        assertThatThrownBy(() -> links.create(sameToken)).isInstanceOf(RuntimeException.class);

        assertThat(links.findByTokenHash(first.tokenHash())).contains(first);
        assertThat(links.forAssessment(sameToken.assessmentId())).isEmpty();
    }

    @Test
    void forAssessment_isNewestFirst_thenById_andHoldsOnlyThatAssessmentsLinks() {
        String assessmentId = newAssessment();
        String otherAssessment = newAssessment();
        Instant monday = Instant.parse("2026-11-23T08:00:00Z");
        Instant tuesday = Instant.parse("2026-11-24T08:00:00Z");
        Instant wednesday = Instant.parse("2026-11-25T08:00:00Z");
        StoredShareLink tuesdayB = links.create(linkWithId("link-b", assessmentId, tuesday));
        StoredShareLink monday1 = links.create(linkWithId("link-m", assessmentId, monday));
        StoredShareLink wednesday1 = links.create(linkWithId("link-w", assessmentId, wednesday));
        StoredShareLink tuesdayA = links.create(linkWithId("link-a", assessmentId, tuesday));
        StoredShareLink tuesdayUpper = links.create(linkWithId("LINK-Z", assessmentId, tuesday));
        links.create(link(otherAssessment, wednesday.plusSeconds(1)));

        assertThat(links.forAssessment(assessmentId))
                .containsExactly(wednesday1, tuesdayUpper, tuesdayA, tuesdayB, monday1);
    }

    @Test
    void forAssessment_includesRevokedAndExpiredLinks() {
        String assessmentId = newAssessment();
        StoredShareLink expired = links.create(link(assessmentId, CREATED));
        StoredShareLink revoked = links.create(link(assessmentId, CREATED.plusSeconds(1)));
        links.revoke(assessmentId, revoked.id(), REVOKED);

        assertThat(links.forAssessment(assessmentId)).extracting(StoredShareLink::id)
                .containsExactly(revoked.id(), expired.id());
    }

    @Test
    void forAssessment_withoutLinks_isEmpty() {
        assertThat(links.forAssessment(newAssessment())).isEmpty();
    }

    @Test
    void forAssessment_unknownAssessment_throwsAssessmentNotFound() {
        String assessmentId = newId();

        assertThatThrownBy(() -> links.forAssessment(assessmentId))
                .isInstanceOf(AssessmentNotFoundException.class)
                .hasMessageContaining(assessmentId);
    }

    @Test
    void revoke_closesTheLink_andRecordsWhen() {
        String assessmentId = newAssessment();
        StoredShareLink link = links.create(link(assessmentId, CREATED));

        assertThat(links.revoke(assessmentId, link.id(), REVOKED)).isTrue();

        StoredShareLink found = links.findByTokenHash(link.tokenHash()).orElseThrow();
        assertThat(found.revokedAt()).isEqualTo(REVOKED);
        assertThat(found.isOpenAt(REVOKED)).isFalse();
        assertThat(found).isEqualTo(new StoredShareLink(link.id(), link.tokenHash(), assessmentId,
                link.includeDiary(), link.createdAt(), link.expiresAt(), REVOKED));
    }

    @Test
    void revoke_twice_keepsTheFirstTime_andReturnsFalseTheSecondTime() {
        String assessmentId = newAssessment();
        StoredShareLink link = links.create(link(assessmentId, CREATED));
        links.revoke(assessmentId, link.id(), REVOKED);

        assertThat(links.revoke(assessmentId, link.id(), REVOKED_AGAIN)).isFalse();

        assertThat(links.findByTokenHash(link.tokenHash()).orElseThrow().revokedAt()).isEqualTo(REVOKED);
    }

    @Test
    void revoke_aLinkOfAnotherAssessment_isFalse_andLeavesItOpen() {
        String ownAssessment = newAssessment();
        String otherAssessment = newAssessment();
        StoredShareLink others = links.create(link(otherAssessment, CREATED));

        assertThat(links.revoke(ownAssessment, others.id(), REVOKED)).isFalse();

        assertThat(links.findByTokenHash(others.tokenHash())).contains(others);
    }

    @Test
    void revoke_unknownLinkOrAssessment_isFalse() {
        String assessmentId = newAssessment();

        assertThat(links.revoke(assessmentId, newId(), REVOKED)).isFalse();
        assertThat(links.revoke(newId(), newId(), REVOKED)).isFalse();
    }

    @Test
    void revoke_onlyTouchesThatLink() {
        String assessmentId = newAssessment();
        StoredShareLink revoked = links.create(link(assessmentId, CREATED));
        StoredShareLink kept = links.create(link(assessmentId, CREATED.plusSeconds(1)));

        links.revoke(assessmentId, revoked.id(), REVOKED);

        assertThat(links.findByTokenHash(kept.tokenHash())).contains(kept);
    }

    @Test
    void revoke_concurrently_succeedsExactlyOnce() throws Exception {
        String assessmentId = newAssessment();
        StoredShareLink link = links.create(link(assessmentId, CREATED));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService revokers = Executors.newFixedThreadPool(REVOKING_THREADS);
        List<Boolean> results = new ArrayList<>();
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int thread = 0; thread < REVOKING_THREADS; thread++) {
                Instant at = REVOKED.plusSeconds(thread);
                done.add(revokers.submit(() -> {
                    start.await();
                    return links.revoke(assessmentId, link.id(), at);
                }));
            }
            start.countDown();
            for (Future<Boolean> revoker : done) {
                results.add(revoker.get(CONCURRENT_TEST_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
        } finally {
            revokers.shutdownNow();
        }

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
        Instant revokedAt = links.findByTokenHash(link.tokenHash()).orElseThrow().revokedAt();
        assertThat(revokedAt).isBetween(REVOKED, REVOKED.plusSeconds(REVOKING_THREADS - 1));
    }

    @Test
    void links_surviveClosingAndReopeningTheDatabase() {
        String assessmentId = newAssessment();
        StoredShareLink open = links.create(link(assessmentId, CREATED));
        StoredShareLink revoked = links.create(link(assessmentId, CREATED.plusSeconds(1)));
        links.revoke(assessmentId, revoked.id(), REVOKED);
        List<StoredShareLink> beforeClose = links.forAssessment(assessmentId);

        database.close();
        database = Database.open(databaseUrl());

        assertThat(database.shareLinks().forAssessment(assessmentId)).isEqualTo(beforeClose);
        assertThat(database.shareLinks().findByTokenHash(open.tokenHash())).contains(open);
    }

    /**
     * The table refuses what the repository never writes, whoever writes it. This row, written by SQL as the tests
     * below write theirs, is accepted: each refusal below is due to the one column it changes.
     */
    @Test
    void rawRow_valid_isAccepted() {
        String assessmentId = newAssessment();

        assertThatCode(() -> insertRawLink(assessmentId, Map.of())).doesNotThrowAnyException();

        assertThat(links.forAssessment(assessmentId)).extracting(StoredShareLink::includeDiary).containsExactly(true);
    }

    @Test
    void rawRow_includeDiaryOtherThanTrueOrFalse_isRefused() {
        String assessmentId = newAssessment();

        assertThatThrownBy(() -> insertRawLink(assessmentId, Map.of("include_diary", 2)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> insertRawLink(assessmentId, Map.of("include_diary", "yes")))
                .isInstanceOf(RuntimeException.class);

        assertThat(links.forAssessment(assessmentId)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void rawRow_expiringAtOrBeforeItsCreation_isRefused(long millisAfterCreation) {
        String assessmentId = newAssessment();

        assertThatThrownBy(() -> insertRawLink(assessmentId,
                Map.of("expires_at", CREATED.plusMillis(millisAfterCreation))))
                .isInstanceOf(RuntimeException.class);

        assertThat(links.forAssessment(assessmentId)).isEmpty();
    }

    @Test
    void rawRow_forAMissingAssessment_isRefused() {
        String assessmentId = newId();

        assertThatThrownBy(() -> insertRawLink(assessmentId, Map.of())).isInstanceOf(RuntimeException.class);

        assertThat(countLinks(assessmentId)).isZero();
    }

    private String newAssessment() {
        String id = newId();
        database.assessments().create(id, "assessment-token-hash", null, CREATED, List.of(),
                new ResultSnapshot("2026.11.0", "sha256:0f3a9c", "ROUTINE", "{}"));
        return id;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static StoredShareLink link(String assessmentId, Instant createdAt) {
        return linkWithId(newId(), assessmentId, createdAt);
    }

    /** A link with a fresh token hash, open for two weeks; its id need only be unique within one test. */
    private static StoredShareLink linkWithId(String id, String assessmentId, Instant createdAt) {
        return new StoredShareLink(id + "-" + newId(), newId(), assessmentId, true, createdAt,
                createdAt.plus(Duration.ofDays(14)), null);
    }

    /** Inserts a valid link row by SQL, with the given columns changed. */
    private void insertRawLink(String assessmentId, Map<String, Object> changed) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", newId());
        row.put("token_hash", newId());
        row.put("assessment_id", assessmentId);
        row.put("include_diary", true);
        row.put("created_at", CREATED);
        row.put("expires_at", EXPIRES);
        row.putAll(changed);
        String columns = String.join(", ", row.keySet());
        String values = row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        database.jdbi().useHandle(handle -> handle
                .createUpdate("INSERT INTO share_link (" + columns + ") VALUES (" + values + ")")
                .bindMap(row)
                .execute());
    }

    private long countLinks(String assessmentId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM share_link WHERE assessment_id = :assessmentId")
                .bind("assessmentId", assessmentId)
                .mapTo(Long.class)
                .one());
    }
}
