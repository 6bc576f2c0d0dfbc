package org.spasmcheck.bench;

import java.time.Duration;

/**
 * When a run stops by itself: after {@code maxRequests} requests (or storage operations) or after {@code maxDuration},
 * whichever comes first. What is in flight at the deadline is finished (an HTTP request has its own timeout).
 */
public record Bounds(long maxRequests, Duration maxDuration) {
    public Bounds {
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be at least 1, got " + maxRequests);
        }
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("maxDuration must be positive, got " + maxDuration);
        }
    }

    public static Bounds of(long maxRequests, Duration maxDuration) {
        return new Bounds(maxRequests, maxDuration);
    }
}
