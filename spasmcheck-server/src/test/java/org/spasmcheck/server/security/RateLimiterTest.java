package org.spasmcheck.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spasmcheck.server.MovableClock;

class RateLimiterTest {
    static final RateLimit FOUR_A_MINUTE = new RateLimit(4, Duration.ofMinutes(1));
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));

    @Nested
    class PerAddress {
        @Test
        void eachAddressHasItsOwnBucket() {
            RateLimiter limiter = new RateLimiter(FOUR_A_MINUTE, clock);
            for (int i = 0; i < 4; i++) {
                limiter.take("192.0.2.1");
            }
            assertThatThrownBy(() -> limiter.take("192.0.2.1")).isInstanceOf(RateLimitedException.class);
            limiter.take("192.0.2.2");
        }

        @Test
        void theAddressesOfOneIpv6Network_shareABucket_otherNetworksDoNot() {
            RateLimiter limiter = new RateLimiter(FOUR_A_MINUTE, clock);
            for (int i = 1; i <= 4; i++) {
                limiter.take("2001:db8:1:2::" + i);
            }
            assertThatThrownBy(() -> limiter.take("[2001:db8:1:2:ffff::9]")).isInstanceOf(RateLimitedException.class);
            limiter.take("2001:db8:1:3::1");
        }

        @Test
        void anEmptyBucket_waitsOneRefillInterval_rounded_upToWholeSeconds() {
            // 4 a minute refill one every 15 s.
            RateLimiter limiter = new RateLimiter(FOUR_A_MINUTE, clock);
            for (int i = 0; i < 4; i++) {
                limiter.take("192.0.2.1");
            }
            clock.advance(Duration.ofMillis(500));
            assertThatThrownBy(() -> limiter.take("192.0.2.1")).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> assertThat(e.retryAfterSeconds()).isEqualTo(15));
            clock.advance(Duration.ofMillis(14_499));
            assertThatThrownBy(() -> limiter.take("192.0.2.1")).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
            clock.advance(Duration.ofMillis(1));
            limiter.take("192.0.2.1");
        }

        @Test
        void withoutALimit_nothingIsRefused() {
            RateLimiter limiter = new RateLimiter(null, clock);
            for (int i = 0; i < 10_000; i++) {
                limiter.take("192.0.2.1");
            }
            assertThat(limiter.isOn()).isFalse();
        }

        @Test
        void manyAddresses_doNotKeepBucketsThatAreFullAgain() {
            RateLimiter limiter = new RateLimiter(FOUR_A_MINUTE, clock);
            for (int i = 0; i < RateLimiter.TRACKED_ADDRESSES; i++) {
                limiter.take("10.0." + (i / 256) + "." + (i % 256));
            }
            clock.advance(Duration.ofMinutes(1));
            limiter.take("192.0.2.1");
            // Had the full buckets been kept, the map would have grown past the bound; the new address still counts.
            for (int i = 0; i < 3; i++) {
                limiter.take("192.0.2.1");
            }
            assertThatThrownBy(() -> limiter.take("192.0.2.1")).isInstanceOf(RateLimitedException.class);
        }
    }

    @Nested
    class Parsing {
        @ParameterizedTest
        @CsvSource({"30/10m, 30, PT10M", "120/1m, 120, PT1M", "5/30s, 5, PT30S", "1000/1h, 1000, PT1H"})
        void readsRequestsAndPeriod(String text, long requests, Duration per) {
            assertThat(RateLimit.parse(text)).isEqualTo(new RateLimit(requests, per));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "30", "30/", "/10m", "30/10", "30/10d", "0/1m", "30/0m", "-1/1m", "thirty/1m"})
        void refusesAnythingElse_sayingWhatIsAllowed(String text) {
            assertThatThrownBy(() -> RateLimit.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + text + "'").hasMessageContaining("REQUESTS/PERIOD");
        }

        @Test
        void printsAsItIsParsed() {
            assertThat(RateLimits.DEFAULT_CREATIONS).hasToString("30/10m");
            assertThat(RateLimit.parse("90/1h")).hasToString("90/1h");
        }
    }
}
