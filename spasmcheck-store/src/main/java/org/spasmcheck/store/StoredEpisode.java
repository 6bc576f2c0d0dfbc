package org.spasmcheck.store;

import java.time.Instant;
import java.util.Objects;

import org.spasmcheck.engine.diary.Episode;

/**
 * A diary episode as stored.
 *
 * @param recordedAt when the store received it (server time), as opposed to {@link Episode#start()}, the person's
 *                   wall-clock time when the episode began
 */
public record StoredEpisode(Episode episode, Instant recordedAt) {
    public StoredEpisode {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
