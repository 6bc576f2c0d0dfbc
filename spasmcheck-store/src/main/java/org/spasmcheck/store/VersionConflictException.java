package org.spasmcheck.store;

/**
 * A write named the version of an assessment it was computed from, and another write got there first: nothing was
 * written. The caller reads the assessment again and decides (retry, or tell its client).
 */
public final class VersionConflictException extends RuntimeException {
    private final long expectedVersion;
    private final long currentVersion;

    public VersionConflictException(String id, long expectedVersion, long currentVersion) {
        super("assessment " + id + " is at version " + currentVersion + ", not " + expectedVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
