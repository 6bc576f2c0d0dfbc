package org.spasmcheck.cli.crash;

import java.time.Duration;

/**
 * How hard the crash test pushes: the short mode of the normal build, or a long mode chosen by system properties,
 * for example {@code -Dspasmcheck.crash.kills=200} (see docs/RELIABILITY.md, "Crash consistency" for the command).
 *
 * @param kills      SIGKILLs per database
 * @param seed       seeds the moments of the kills and every answer sent
 * @param interviews interviews driven at the same time
 */
record CrashSettings(int kills, long seed, int interviews) {
    static final String KILLS_PROPERTY = "spasmcheck.crash.kills";
    static final String SEED_PROPERTY = "spasmcheck.crash.seed";
    static final String INTERVIEWS_PROPERTY = "spasmcheck.crash.interviews";

    /** The short mode: three kills per database keep each database's run well under a minute. */
    static final int SHORT_MODE_KILLS = 3;
    static final long DEFAULT_SEED = 20_261_125L;
    /** Four interviews at once keep both cores of the build machine busy without starving the server. */
    static final int DEFAULT_INTERVIEWS = 4;

    /**
     * Before each kill the server acknowledges a seeded number of requests in this range, so that every run between
     * kills does some work however slow the machine is, and some interviews span several kills.
     */
    static final int FEWEST_ACKNOWLEDGED_BEFORE_KILL = 1;
    static final int MOST_ACKNOWLEDGED_BEFORE_KILL = 40;
    /**
     * Then the kill waits a seeded time up to this, about the time a request takes, so that it falls anywhere in a
     * request: before the commit, between the commit and the response, or while the response is written.
     */
    static final Duration LONGEST_KILL_DELAY = Duration.ofMillis(50);

    CrashSettings {
        if (kills < 1) {
            throw new IllegalArgumentException(KILLS_PROPERTY + " must be at least 1, got " + kills);
        }
        if (interviews < 1) {
            throw new IllegalArgumentException(INTERVIEWS_PROPERTY + " must be at least 1, got " + interviews);
        }
    }

    static CrashSettings fromSystemProperties() {
        return new CrashSettings(
                Integer.getInteger(KILLS_PROPERTY, SHORT_MODE_KILLS),
                Long.getLong(SEED_PROPERTY, DEFAULT_SEED),
                Integer.getInteger(INTERVIEWS_PROPERTY, DEFAULT_INTERVIEWS));
    }
}
