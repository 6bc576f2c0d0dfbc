package org.spasmcheck.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;

/**
 * Diaries in the tables {@code diary} and {@code diary_episode} (see {@code db/migration/V2__diary_and_sharing.sql}).
 *
 * <p>An {@link Episode} is stored field by field: its start as the text of {@link LocalDateTime#toString()} (which
 * sorts as time, see the migration), its duration in seconds, {@link Side} and {@link Trigger} by their ids. Reading
 * maps them back exactly, so a stored episode equals the one given.
 *
 * <p>Diaries are never deleted, so once {@code addEpisode} has seen the diary it stays there until the insert. The
 * insert skips a row whose key is taken ({@code ON CONFLICT DO NOTHING}, in SQLite and PostgreSQL alike) instead of
 * failing, so a duplicate episode id is told apart from other failures without parsing driver error codes, also when
 * two requests race.
 *
 * <p>Helped and note are the person's own words: nothing here logs, and exception messages carry no bound values.
 */
public final class JdbiDiaryRepository implements DiaryRepository {

    /** LocalDateTime.toString() writes four digits for these years and a sign and more digits outside them. */
    private static final int FIRST_STORABLE_YEAR = 0;
    private static final int LAST_STORABLE_YEAR = 9999;

    /** Earliest start first, then by id: the same order on every database (see {@link #episodes}). */
    private static final Comparator<StoredEpisode> EPISODE_ORDER = Comparator
            .comparing((StoredEpisode stored) -> stored.episode().start())
            .thenComparing(stored -> stored.episode().id());

    private static final String INSERT_DIARY = """
            INSERT INTO diary (id, key_hash, created_at)
            VALUES (:id, :keyHash, :at)
            """;

    private static final String SELECT_DIARY = """
            SELECT id, key_hash, created_at
              FROM diary
             WHERE id = :id
            """;

    private static final String COUNT_DIARY = """
            SELECT COUNT(*)
              FROM diary
             WHERE id = :id
            """;

    private static final String INSERT_EPISODE = """
            INSERT INTO diary_episode (diary_id, id, started_at, duration_seconds, muscle_group, side, intensity,
                                       trigger_kind, helped, note, recorded_at)
            VALUES (:diaryId, :id, :startedAt, :durationSeconds, :muscleGroup, :side, :intensity,
                    :triggerKind, :helped, :note, :recordedAt)
            ON CONFLICT (diary_id, id) DO NOTHING
            """;

    private static final String SELECT_EPISODES = """
            SELECT id, started_at, duration_seconds, muscle_group, side, intensity,
                   trigger_kind, helped, note, recorded_at
              FROM diary_episode
             WHERE diary_id = :diaryId
            """;

    private static final String SELECT_EPISODE = """
            SELECT id, started_at, duration_seconds, muscle_group, side, intensity,
                   trigger_kind, helped, note, recorded_at
              FROM diary_episode
             WHERE diary_id = :diaryId
               AND id = :id
            """;

    private static final String DELETE_EPISODE = """
            DELETE FROM diary_episode
             WHERE diary_id = :diaryId
               AND id = :id
            """;

    /** One row of {@code diary_episode} without the diary id, mapped by constructor. */
    record EpisodeRow(String id, String startedAt, long durationSeconds, String muscleGroup, String side,
                      int intensity, String triggerKind, String helped, String note, Instant recordedAt) {

        /** @throws IllegalStateException if the side or trigger is one this version does not know */
        StoredEpisode toStoredEpisode(String diaryId) {
            Side knownSide = Side.fromId(side).orElseThrow(() -> new IllegalStateException(
                    "episode " + id + " of diary " + diaryId + " has a side that is not one of " + Side.allowedIds()));
            Trigger knownTrigger = Trigger.fromId(triggerKind).orElseThrow(() -> new IllegalStateException(
                    "episode " + id + " of diary " + diaryId + " has a trigger that is not one of "
                            + Trigger.allowedIds()));
            Episode episode = new Episode(id, LocalDateTime.parse(startedAt), Duration.ofSeconds(durationSeconds),
                    muscleGroup, knownSide, intensity, knownTrigger, helped, note);
            return new StoredEpisode(episode, recordedAt);
        }
    }

    private final Jdbi jdbi;
    private final TransactionIsolationLevel consistentReads;

    /**
     * Created by {@link Database}; registers the constructor mappers of {@link StoredDiary} and the episode row on
     * {@code jdbi}.
     *
     * @param jdbi            with the store's conventions installed ({@link Database#jdbi()})
     * @param consistentReads the isolation level at which {@link #episodes} sees the diary and its episodes as of one
     *                        moment
     */
    JdbiDiaryRepository(Jdbi jdbi, TransactionIsolationLevel consistentReads) {
        this.jdbi = jdbi;
        this.consistentReads = consistentReads;
        // Mapped by hand, not by constructor parameter names: an agent that redefines loaded classes (Jazzer's, in the
        // fuzz tests) can drop the names, and the mapper then matched no column.
        jdbi.registerRowMapper(StoredDiary.class, (rows, ctx) -> new StoredDiary(rows.getString("id"),
                rows.getString("key_hash"), Instant.ofEpochMilli(rows.getLong("created_at"))));
        jdbi.registerRowMapper(EpisodeRow.class, (rows, ctx) -> new EpisodeRow(rows.getString("id"),
                rows.getString("started_at"), rows.getLong("duration_seconds"), rows.getString("muscle_group"),
                rows.getString("side"), rows.getInt("intensity"), rows.getString("trigger_kind"),
                rows.getString("helped"), rows.getString("note"), Instant.ofEpochMilli(rows.getLong("recorded_at"))));
    }

    @Override
    public StoredDiary createDiary(String id, String keyHash, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(at, "at");
        return jdbi.inTransaction(handle -> {
            handle.createUpdate(INSERT_DIARY)
                    .bind("id", id)
                    .bind("keyHash", keyHash)
                    .bind("at", at)
                    .execute();
            return readDiary(handle, id).orElseThrow();
        });
    }

    @Override
    public Optional<StoredDiary> findDiary(String id) {
        Objects.requireNonNull(id, "id");
        return jdbi.withHandle(handle -> readDiary(handle, id));
    }

    @Override
    public StoredEpisode addEpisode(String diaryId, Episode episode, Instant recordedAt) {
        Objects.requireNonNull(diaryId, "diaryId");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(recordedAt, "recordedAt");
        requireStorable(episode);
        return jdbi.inTransaction(handle -> {
            if (!exists(handle, diaryId)) {
                throw new DiaryNotFoundException(diaryId);
            }
            int inserted = handle.createUpdate(INSERT_EPISODE)
                    .bind("diaryId", diaryId)
                    .bind("id", episode.id())
                    .bind("startedAt", episode.start().toString())
                    .bind("durationSeconds", episode.duration().getSeconds())
                    .bind("muscleGroup", episode.muscleGroup())
                    .bind("side", episode.side().id())
                    .bind("intensity", episode.intensity())
                    .bind("triggerKind", episode.trigger().id())
                    .bind("helped", episode.helped())
                    .bind("note", episode.note())
                    .bind("recordedAt", recordedAt)
                    .execute();
            if (inserted == 0) {
                throw new DuplicateEpisodeException(diaryId, episode.id());
            }
            return handle.createQuery(SELECT_EPISODE)
                    .bind("diaryId", diaryId)
                    .bind("id", episode.id())
                    .mapTo(EpisodeRow.class)
                    .one()
                    .toStoredEpisode(diaryId);
        });
    }

    /**
     * Sorted here, not by ORDER BY: PostgreSQL compares text by the database's collation and SQLite by bytes, so
     * ids alone could come back in different orders.
     */
    @Override
    public List<StoredEpisode> episodes(String diaryId) {
        Objects.requireNonNull(diaryId, "diaryId");
        return jdbi.inTransaction(consistentReads, handle -> {
            if (!exists(handle, diaryId)) {
                throw new DiaryNotFoundException(diaryId);
            }
            return handle.createQuery(SELECT_EPISODES)
                    .bind("diaryId", diaryId)
                    .mapTo(EpisodeRow.class)
                    .stream()
                    .map(row -> row.toStoredEpisode(diaryId))
                    .sorted(EPISODE_ORDER)
                    .toList();
        });
    }

    @Override
    public boolean deleteEpisode(String diaryId, String episodeId) {
        Objects.requireNonNull(diaryId, "diaryId");
        Objects.requireNonNull(episodeId, "episodeId");
        return jdbi.inTransaction(handle -> handle.createUpdate(DELETE_EPISODE)
                .bind("diaryId", diaryId)
                .bind("id", episodeId)
                .execute() > 0);
    }

    /** True if the diary exists, as seen by the transaction of {@code handle}. */
    static boolean exists(Handle handle, String diaryId) {
        return handle.createQuery(COUNT_DIARY).bind("id", diaryId).mapTo(Long.class).one() > 0;
    }

    private static Optional<StoredDiary> readDiary(Handle handle, String id) {
        return handle.createQuery(SELECT_DIARY).bind("id", id).mapTo(StoredDiary.class).findOne();
    }

    /**
     * What the table cannot hold exactly is refused, never rounded: the messages name the rule, not the value.
     * A duration is stored in whole seconds; a start must have a four-digit year to sort as text.
     */
    private static void requireStorable(Episode episode) {
        if (episode.duration().getNano() != 0) {
            throw new IllegalArgumentException("episode " + episode.id()
                    + ": the duration must be a whole number of seconds");
        }
        int year = episode.start().getYear();
        if (year < FIRST_STORABLE_YEAR || year > LAST_STORABLE_YEAR) {
            throw new IllegalArgumentException("episode " + episode.id() + ": the start must be within the years "
                    + FIRST_STORABLE_YEAR + " to " + LAST_STORABLE_YEAR);
        }
    }
}
