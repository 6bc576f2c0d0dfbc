package org.spasmcheck.store;

/**
 * The diary already has an episode with this id. Episodes are never overwritten: a device that sends the same
 * episode twice (a retry after a lost response) learns that the first one was stored.
 */
public final class DuplicateEpisodeException extends RuntimeException {
    public DuplicateEpisodeException(String diaryId, String episodeId) {
        super("diary " + diaryId + " already has an episode " + episodeId);
    }
}
