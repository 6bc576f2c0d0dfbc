package org.spasmcheck.server.security;

import java.time.Duration;

/**
 * The per-address limits of the server; a null limit is no limit.
 *
 * @param creations requests that store something new: assessments, diaries, share links (API and web)
 * @param oneShots  stateless assessments (POST /api/v1/assess), which store nothing but cost computing time; not
 *                  applied when API keys are configured, since then every caller is a known integration
 */
public record RateLimits(RateLimit creations, RateLimit oneShots) {
    /**
     * 30 new things per address in 10 minutes (then one every 20 s): far more than a person, or a family behind one
     * home router, makes in an interview, a diary and a few share links; small enough that one address cannot fill
     * the database quickly.
     */
    public static final RateLimit DEFAULT_CREATIONS = new RateLimit(30, Duration.ofMinutes(10));
    /** 120 stateless assessments per address per minute (2 a second on average, bursts of 120). */
    public static final RateLimit DEFAULT_ONE_SHOTS = new RateLimit(120, Duration.ofMinutes(1));
    public static final RateLimits DEFAULTS = new RateLimits(DEFAULT_CREATIONS, DEFAULT_ONE_SHOTS);
    /** For benchmarks and load tests that create thousands of assessments a second from one address. */
    public static final RateLimits OFF = new RateLimits(null, null);
}
