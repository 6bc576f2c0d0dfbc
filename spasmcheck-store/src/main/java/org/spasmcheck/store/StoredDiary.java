package org.spasmcheck.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A diary as stored: its episodes are read separately ({@link DiaryRepository#episodes}).
 *
 * @param keyHash SHA-256 (hex) of the private diary key, which only the person holds and which is never stored
 */
public record StoredDiary(String id, String keyHash, Instant createdAt) {
    public StoredDiary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
