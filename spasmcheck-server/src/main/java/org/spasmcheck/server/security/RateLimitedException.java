package org.spasmcheck.server.security;

/** A request over its address's {@link RateLimit}: answered 429 with Retry-After, nothing done. */
public final class RateLimitedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super("rate limited; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds until the address may send one more such request (at least 1). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
