package org.spasmcheck.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.spasmcheck.engine.diary.Episode;

/**
 * Symptom diaries and the episodes the person writes down in them. Every write is one transaction that is committed
 * before the method returns, so an episode is safe before the response is sent.
 */
public interface DiaryRepository {

    /**
     * Stores a new, empty diary.
     *
     * @param keyHash SHA-256 (hex) of the private diary key; the key itself is never stored
     */
    StoredDiary createDiary(String id, String keyHash, Instant at);

    Optional<StoredDiary> findDiary(String id);

    /**
     * Adds an episode to a diary. The episode's start is stored as the person wrote it; its duration must be a
     * whole number of seconds and its start within the years 0000 to 9999 (nothing is rounded or moved).
     *
     * @param recordedAt when the store received the episode (server time), truncated to the millisecond
     * @return the episode as stored
     * @throws DiaryNotFoundException     if there is no such diary
     * @throws DuplicateEpisodeException  if the diary already has an episode with this id (which is left unchanged)
     * @throws IllegalArgumentException   if the duration has a fraction of a second or the year is out of range
     */
    StoredEpisode addEpisode(String diaryId, Episode episode, Instant recordedAt);

    /**
     * The diary's episodes, earliest start first; episodes that started at the same time in the order of their ids
     * ({@link String#compareTo}), on every database.
     *
     * @throws DiaryNotFoundException if there is no such diary (a diary without episodes gives an empty list)
     */
    List<StoredEpisode> episodes(String diaryId);

    /**
     * Deletes one episode (the person removes an entry they made by mistake).
     *
     * @return true if it was deleted; false if the diary has no such episode or there is no such diary
     */
    boolean deleteEpisode(String diaryId, String episodeId);
}
