package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoredShareLinkTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-12-09T09:00:00Z");

    @Nested
    class IsOpenAt {

        private final StoredShareLink open = link(null);

        @Test
        void atCreation_isOpen() {
            assertThat(open.isOpenAt(CREATED)).isTrue();
        }

        @Test
        void theLastNanosecondBeforeExpiry_isOpen() {
            assertThat(open.isOpenAt(EXPIRES.minusNanos(1))).isTrue();
        }

        @Test
        void atExpiry_isClosed() {
            assertThat(open.isOpenAt(EXPIRES)).isFalse();
        }

        @Test
        void afterExpiry_isClosed() {
            assertThat(open.isOpenAt(EXPIRES.plusNanos(1))).isFalse();
            assertThat(open.isOpenAt(EXPIRES.plus(Duration.ofDays(365)))).isFalse();
        }

        @Test
        void revoked_isClosedBeforeExpiry() {
            Instant revokedAt = CREATED.plus(Duration.ofDays(1));

            StoredShareLink revoked = link(revokedAt);

            assertThat(revoked.isOpenAt(revokedAt)).isFalse();
            assertThat(revoked.isOpenAt(EXPIRES.minusNanos(1))).isFalse();
        }

        /** A server whose clock runs behind the one that revoked the link must not reopen it. */
        @Test
        void revoked_isClosedEvenAtATimeBeforeTheRevocation() {
            StoredShareLink revoked = link(CREATED.plus(Duration.ofDays(1)));

            assertThat(revoked.isOpenAt(CREATED)).isFalse();
        }
    }

    @Nested
    class Construction {

        @Test
        void expiringAtCreation_isRejected() {
            assertThatThrownBy(() -> new StoredShareLink("link-1", "hash", "assessment-1", false, CREATED, CREATED,
                    null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("link-1");
        }

        @Test
        void expiringBeforeCreation_isRejected() {
            assertThatThrownBy(() -> new StoredShareLink("link-1", "hash", "assessment-1", false, CREATED,
                    CREATED.minusMillis(1), null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void missingRequiredField_isRejectedWithItsName() {
            assertThatThrownBy(() -> new StoredShareLink("link-1", null, "assessment-1", false, CREATED, EXPIRES,
                    null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("tokenHash");
            assertThatThrownBy(() -> new StoredShareLink("link-1", "hash", "assessment-1", false, CREATED, null,
                    null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("expiresAt");
        }
    }

    private static StoredShareLink link(Instant revokedAt) {
        return new StoredShareLink("link-1", "hash", "assessment-1", true, CREATED, EXPIRES, revokedAt);
    }
}
