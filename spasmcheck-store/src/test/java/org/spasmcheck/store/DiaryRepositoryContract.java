package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spasmcheck.store.ExceptionText.fullText;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;

/**
 * The behaviour every {@link DiaryRepository} must have, run against each database the store supports by a subclass
 * that says where the database is. No mocks: every test talks to a real database.
 */
abstract class DiaryRepositoryContract {

    private static final Instant CREATED = Instant.parse("2026-11-25T09:00:00.123Z");
    private static final Instant RECORDED = Instant.parse("2026-11-25T21:14:03.456Z");
    private static final LocalDateTime NIGHT = LocalDateTime.parse("2026-11-24T03:40");
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    /** Text the person wrote; it must never appear in an exception message. */
    private static final String SENSITIVE_NOTE = "sensitive note text";

    protected Database database;
    protected DiaryRepository diaries;

    /** Where the database is; the same URL during one test, so that reopening finds the same data. */
    protected abstract String databaseUrl();

    @BeforeEach
    void openDatabase() {
        database = Database.open(databaseUrl());
        diaries = database.diaries();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void createDiary_thenFind_returnsTheIdKeyHashAndTime() {
        String id = newId();

        StoredDiary created = diaries.createDiary(id, "key-hash-1", CREATED);

        assertThat(created).isEqualTo(new StoredDiary(id, "key-hash-1", CREATED));
        assertThat(diaries.findDiary(id)).contains(created);
    }

    @Test
    void createDiary_truncatesTheTimeToTheMillisecond() {
        String id = newId();

        StoredDiary created = diaries.createDiary(id, "hash", Instant.parse("2026-11-25T09:00:00.123456789Z"));

        assertThat(created.createdAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00.123Z"));
        assertThat(diaries.findDiary(id)).contains(created);
    }

    @Test
    void findDiary_unknownId_isEmpty() {
        assertThat(diaries.findDiary(newId())).isEmpty();
    }

    @Test
    void createDiary_withAnIdAlreadyStored_failsAndLeavesTheStoredDiaryUnchanged() {
        String id = newId();
        StoredDiary original = diaries.createDiary(id, "key-hash-1", CREATED);

        assertThatThrownBy(() -> diaries.createDiary(id, "key-hash-2", RECORDED))
                .isInstanceOf(RuntimeException.class);

        assertThat(diaries.findDiary(id)).contains(original);
    }

    @Test
    void newDiary_hasNoEpisodes() {
        String id = newId();
        diaries.createDiary(id, "hash", CREATED);

        assertThat(diaries.episodes(id)).isEmpty();
    }

    @Test
    void addEpisode_thenEpisodes_returnsEveryFieldExactly() {
        String diaryId = newDiary();
        Episode episode = new Episode("ep-1", LocalDateTime.parse("2026-11-24T03:40:17"), Duration.ofSeconds(135),
                "calf", Side.LEFT, 7, Trigger.NIGHT_REST, "stretched the calf, walked about", "woke me up");

        StoredEpisode added = diaries.addEpisode(diaryId, episode, RECORDED);

        assertThat(added).isEqualTo(new StoredEpisode(episode, RECORDED));
        assertThat(diaries.episodes(diaryId)).containsExactly(added);
        Episode found = diaries.episodes(diaryId).get(0).episode();
        assertThat(found.id()).isEqualTo("ep-1");
        assertThat(found.start()).isEqualTo(LocalDateTime.of(2026, 11, 24, 3, 40, 17));
        assertThat(found.duration()).isEqualTo(Duration.ofMinutes(2).plusSeconds(15));
        assertThat(found.muscleGroup()).isEqualTo("calf");
        assertThat(found.side()).isEqualTo(Side.LEFT);
        assertThat(found.intensity()).isEqualTo(7);
        assertThat(found.trigger()).isEqualTo(Trigger.NIGHT_REST);
        assertThat(found.helped()).isEqualTo("stretched the calf, walked about");
        assertThat(found.note()).isEqualTo("woke me up");
    }

    @Test
    void addEpisode_storesEachFieldInItsColumn() {
        String diaryId = newDiary();
        diaries.addEpisode(diaryId, new Episode("ep-1", LocalDateTime.parse("2026-11-24T03:40"),
                Duration.ofSeconds(90), "foot", Side.BOTH, 4, Trigger.EXERCISE, "", ""), RECORDED);

        Map<String, Object> row = database.jdbi().withHandle(handle -> handle.createQuery("""
                SELECT started_at, duration_seconds, side, intensity, trigger_kind, recorded_at
                  FROM diary_episode
                 WHERE diary_id = :diaryId
                """).bind("diaryId", diaryId).mapToMap().one());

        assertThat(row).containsEntry("started_at", "2026-11-24T03:40")
                .containsEntry("side", "both")
                .containsEntry("trigger_kind", "exercise");
        assertThat(((Number) row.get("duration_seconds")).longValue()).isEqualTo(90);
        assertThat(((Number) row.get("intensity")).intValue()).isEqualTo(4);
        assertThat(((Number) row.get("recorded_at")).longValue()).isEqualTo(RECORDED.toEpochMilli());
    }

    @Test
    void addEpisode_keepsThePersonsWordsExactly_includingUnicodeAndEmptyText() {
        String diaryId = newDiary();
        String unicode = "Wadenkrampf – nachts, 痙攣 ✓ 🦵 \"quoted\" 'single' \\ back\nsecond line\ttab";
        List<Episode> episodes = List.of(
                episode("words", NIGHT, "Magnesium? nein – Dehnen ✓", unicode),
                episode("empty-helped", NIGHT.plusMinutes(1), "", unicode),
                episode("empty-note", NIGHT.plusMinutes(2), unicode, ""),
                episode("both-empty", NIGHT.plusMinutes(3), "", ""),
                episode("blanks", NIGHT.plusMinutes(4), "  ", " \n "));

        episodes.forEach(episode -> diaries.addEpisode(diaryId, episode, RECORDED));

        assertThat(diaries.episodes(diaryId)).extracting(StoredEpisode::episode)
                .containsExactlyElementsOf(episodes);
    }

    @Test
    void addEpisode_nullHelpedAndNote_areStoredAsEmpty() {
        String diaryId = newDiary();

        diaries.addEpisode(diaryId, new Episode("ep-1", NIGHT, TWO_MINUTES, "calf", Side.RIGHT, 5,
                Trigger.OTHER, null, null), RECORDED);

        Episode found = diaries.episodes(diaryId).get(0).episode();
        assertThat(found.helped()).isEmpty();
        assertThat(found.note()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void addEpisode_everySide_roundTrips(Side side) {
        String diaryId = newDiary();
        Episode episode = new Episode("ep-1", NIGHT, TWO_MINUTES, "calf", side, 5, Trigger.OTHER, "", "");

        diaries.addEpisode(diaryId, episode, RECORDED);

        assertThat(diaries.episodes(diaryId)).extracting(StoredEpisode::episode).containsExactly(episode);
    }

    @ParameterizedTest
    @EnumSource(Trigger.class)
    void addEpisode_everyTrigger_roundTrips(Trigger trigger) {
        String diaryId = newDiary();
        Episode episode = new Episode("ep-1", NIGHT, TWO_MINUTES, "calf", Side.LEFT, 5, trigger, "", "");

        diaries.addEpisode(diaryId, episode, RECORDED);

        assertThat(diaries.episodes(diaryId)).extracting(StoredEpisode::episode).containsExactly(episode);
    }

    @ParameterizedTest
    @ValueSource(ints = {Episode.MIN_INTENSITY, 1, 9, Episode.MAX_INTENSITY})
    void addEpisode_intensityAtAndNearTheLimits_roundTrips(int intensity) {
        String diaryId = newDiary();
        Episode episode = new Episode("ep-1", NIGHT, TWO_MINUTES, "calf", Side.LEFT, intensity, Trigger.OTHER,
                "", "");

        diaries.addEpisode(diaryId, episode, RECORDED);

        assertThat(diaries.episodes(diaryId).get(0).episode().intensity()).isEqualTo(intensity);
    }

    /** Each form LocalDateTime.toString() gives: minutes only, seconds, and fractions of 3, 6 and 9 digits. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T03:40", "2026-11-24T03:40:59", "2026-11-24T03:40:00.500",
            "2026-11-24T03:40:01.000001", "2026-11-24T03:40:01.000000001", "0001-01-01T00:00",
            "9999-12-31T23:59:59.999999999"})
    void addEpisode_start_roundTripsExactly(String start) {
        String diaryId = newDiary();
        Episode episode = episode("ep-1", LocalDateTime.parse(start), "", "");

        diaries.addEpisode(diaryId, episode, RECORDED);

        assertThat(diaries.episodes(diaryId).get(0).episode().start()).isEqualTo(LocalDateTime.parse(start));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 59, 3_600, 86_400 * 3L})
    void addEpisode_durationInWholeSeconds_roundTrips(long seconds) {
        String diaryId = newDiary();
        Episode episode = new Episode("ep-1", NIGHT, Duration.ofSeconds(seconds), "calf", Side.LEFT, 5,
                Trigger.OTHER, "", "");

        diaries.addEpisode(diaryId, episode, RECORDED);

        assertThat(diaries.episodes(diaryId).get(0).episode().duration()).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void addEpisode_truncatesRecordedAtToTheMillisecond() {
        String diaryId = newDiary();

        StoredEpisode added = diaries.addEpisode(diaryId, episode("ep-1", NIGHT, "", ""),
                Instant.parse("2026-11-25T21:14:03.456789Z"));

        assertThat(added.recordedAt()).isEqualTo(Instant.parse("2026-11-25T21:14:03.456Z"));
        assertThat(diaries.episodes(diaryId)).containsExactly(added);
    }

    @Test
    void addEpisode_durationWithAFractionOfASecond_isRefusedAndNothingIsWritten() {
        String diaryId = newDiary();
        Episode episode = new Episode("ep-1", NIGHT, Duration.ofMillis(90_500), "calf", Side.LEFT, 5,
                Trigger.OTHER, "", "");

        assertThatThrownBy(() -> diaries.addEpisode(diaryId, episode, RECORDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole number of seconds");

        assertThat(diaries.episodes(diaryId)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00", "-0001-12-31T23:59"})
    void addEpisode_startOutsideFourDigitYears_isRefusedAndNothingIsWritten(String start) {
        String diaryId = newDiary();
        Episode episode = episode("ep-1", LocalDateTime.parse(start), "", "");

        assertThatThrownBy(() -> diaries.addEpisode(diaryId, episode, RECORDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 9999");

        assertThat(diaries.episodes(diaryId)).isEmpty();
    }

    @Test
    void addEpisode_toAnUnknownDiary_throwsDiaryNotFoundAndWritesNothing() {
        String diaryId = newId();

        assertThatThrownBy(() -> diaries.addEpisode(diaryId, episode("ep-1", NIGHT, "", ""), RECORDED))
                .isInstanceOf(DiaryNotFoundException.class)
                .hasMessageContaining(diaryId);

        assertThat(countEpisodes(diaryId)).isZero();
        assertThat(diaries.findDiary(diaryId)).isEmpty();
    }

    @Test
    void addEpisode_withAnIdAlreadyInTheDiary_throwsDuplicateAndKeepsTheFirst() {
        String diaryId = newDiary();
        StoredEpisode first = diaries.addEpisode(diaryId, episode("ep-1", NIGHT, "walked", "first"), CREATED);

        assertThatThrownBy(() -> diaries.addEpisode(diaryId,
                episode("ep-1", NIGHT.plusDays(1), "", SENSITIVE_NOTE), RECORDED))
                .isInstanceOf(DuplicateEpisodeException.class)
                .hasMessageContaining(diaryId)
                .hasMessageContaining("ep-1")
                .satisfies(exception -> assertThat(fullText(exception)).doesNotContain(SENSITIVE_NOTE));

        assertThat(diaries.episodes(diaryId)).containsExactly(first);
    }

    @Test
    void addEpisode_sameIdInAnotherDiary_isAnotherEpisode() {
        String firstDiary = newDiary();
        String secondDiary = newDiary();
        Episode inFirst = episode("ep-1", NIGHT, "", "first diary");
        Episode inSecond = episode("ep-1", NIGHT.plusHours(1), "", "second diary");

        diaries.addEpisode(firstDiary, inFirst, RECORDED);
        diaries.addEpisode(secondDiary, inSecond, RECORDED);

        assertThat(diaries.episodes(firstDiary)).extracting(StoredEpisode::episode).containsExactly(inFirst);
        assertThat(diaries.episodes(secondDiary)).extracting(StoredEpisode::episode).containsExactly(inSecond);
    }

    @Test
    void episodes_areOrderedByStart_thenById_whateverTheOrderTheyWereAdded() {
        String diaryId = newDiary();
        Map<String, String> startById = new LinkedHashMap<>();
        startById.put("late-evening", "2026-11-24T23:05");
        startById.put("next-morning", "2026-11-25T07:00");
        startById.put("with-seconds", "2026-11-24T10:30:15");
        startById.put("b", "2026-11-24T10:30");
        startById.put("minute-before", "2026-11-24T10:29:59.999");
        startById.put("a", "2026-11-24T10:30");
        startById.put("B", "2026-11-24T10:30");
        startById.put("previous-year", "2025-12-31T23:59");
        startById.put("fraction", "2026-11-24T10:30:15.250");
        startById.put("nine-am", "2026-11-24T09:00");
        startById.forEach((id, start) -> diaries.addEpisode(diaryId,
                episode(id, LocalDateTime.parse(start), "", ""), RECORDED));

        assertThat(diaries.episodes(diaryId)).extracting(stored -> stored.episode().id()).containsExactly(
                "previous-year", "nine-am", "minute-before", "B", "a", "b", "with-seconds", "fraction",
                "late-evening", "next-morning");
    }

    /** The migration's promise: ORDER BY started_at is time order, on this database's text ordering. */
    @Test
    void startedAtText_sortsInTimeOrder_inSql() {
        String diaryId = newDiary();
        List<String> startsInTimeOrder = List.of("0999-06-01T12:00", "2025-12-31T23:59:59.999999999",
                "2026-01-01T00:00", "2026-01-01T00:00:00.001", "2026-01-01T00:00:01", "2026-01-01T00:01",
                "2026-01-01T09:59", "2026-01-01T10:00", "2026-01-10T00:00", "2026-10-01T00:00");
        for (int index = startsInTimeOrder.size() - 1; index >= 0; index--) {
            LocalDateTime start = LocalDateTime.parse(startsInTimeOrder.get(index));
            diaries.addEpisode(diaryId, episode("ep-" + index, start, "", ""), RECORDED);
        }

        List<String> sortedBySql = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT started_at FROM diary_episode WHERE diary_id = :diaryId ORDER BY started_at")
                .bind("diaryId", diaryId).mapTo(String.class).list());

        assertThat(sortedBySql).containsExactlyElementsOf(startsInTimeOrder);
    }

    @Test
    void episodes_ofAnUnknownDiary_throwDiaryNotFound() {
        String diaryId = newId();

        assertThatThrownBy(() -> diaries.episodes(diaryId))
                .isInstanceOf(DiaryNotFoundException.class)
                .hasMessageContaining(diaryId);
    }

    @Test
    void deleteEpisode_removesOnlyThatEpisode_andASecondDeleteFindsNothing() {
        String diaryId = newDiary();
        StoredEpisode kept = diaries.addEpisode(diaryId, episode("kept", NIGHT, "", ""), RECORDED);
        diaries.addEpisode(diaryId, episode("mistake", NIGHT.plusHours(1), "", ""), RECORDED);

        assertThat(diaries.deleteEpisode(diaryId, "mistake")).isTrue();
        assertThat(diaries.episodes(diaryId)).containsExactly(kept);

        assertThat(diaries.deleteEpisode(diaryId, "mistake")).isFalse();
        assertThat(diaries.episodes(diaryId)).containsExactly(kept);
    }

    @Test
    void deleteEpisode_ofAnotherDiary_deletesNothing() {
        String ownDiary = newDiary();
        String otherDiary = newDiary();
        StoredEpisode other = diaries.addEpisode(otherDiary, episode("theirs", NIGHT, "", ""), RECORDED);

        assertThat(diaries.deleteEpisode(ownDiary, "theirs")).isFalse();

        assertThat(diaries.episodes(otherDiary)).containsExactly(other);
    }

    @Test
    void deleteEpisode_unknownDiaryOrEpisode_isFalse() {
        String diaryId = newDiary();

        assertThat(diaries.deleteEpisode(diaryId, "never-added")).isFalse();
        assertThat(diaries.deleteEpisode(newId(), "never-added")).isFalse();
    }

    @Test
    void deletedEpisodeId_canBeAddedAgain() {
        String diaryId = newDiary();
        diaries.addEpisode(diaryId, episode("ep-1", NIGHT, "", "first"), CREATED);
        diaries.deleteEpisode(diaryId, "ep-1");
        Episode again = episode("ep-1", NIGHT.plusDays(1), "", "again");

        diaries.addEpisode(diaryId, again, RECORDED);

        assertThat(diaries.episodes(diaryId)).containsExactly(new StoredEpisode(again, RECORDED));
    }

    @Test
    void diaryAndEpisodes_surviveClosingAndReopeningTheDatabase() {
        String diaryId = newDiary();
        StoredEpisode added = diaries.addEpisode(diaryId, episode("ep-1", NIGHT, "walked", "night"), RECORDED);
        StoredDiary diary = diaries.findDiary(diaryId).orElseThrow();

        database.close();
        database = Database.open(databaseUrl());

        assertThat(database.diaries().findDiary(diaryId)).contains(diary);
        assertThat(database.diaries().episodes(diaryId)).containsExactly(added);
    }

    /**
     * The table refuses what the repository never writes, whoever writes it. This row, written by SQL as the tests
     * below write theirs, is accepted: each refusal below is due to the one column it changes.
     */
    @Test
    void rawRow_valid_isAccepted() {
        String diaryId = newDiary();

        assertThatCode(() -> insertRawEpisode(diaryId, Map.of())).doesNotThrowAnyException();

        assertThat(diaries.episodes(diaryId)).extracting(stored -> stored.episode().note())
                .containsExactly(SENSITIVE_NOTE);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "duration_seconds, 0",
            "duration_seconds, -60",
            "intensity, -1",
            "intensity, 11"})
    void outOfRangeNumber_isRefused_withoutQuotingTheRow(String column, long value) {
        String diaryId = newDiary();

        assertThatThrownBy(() -> insertRawEpisode(diaryId, Map.of(column, value)))
                .isInstanceOf(RuntimeException.class)
                .satisfies(exception -> assertThat(fullText(exception)).doesNotContain(SENSITIVE_NOTE));

        assertThat(countEpisodes(diaryId)).isZero();
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource({
            "side, up",
            "side, LEFT",
            "side, ''",
            "trigger_kind, cold",
            "trigger_kind, NIGHT_REST",
            "trigger_kind, trigger",
            "started_at, 24.11.2026 03:40",
            "started_at, 2026-11-24",
            "started_at, +10000-01-01T00:00"})
    void unknownText_isRefused_withoutQuotingTheRow(String column, String value) {
        String diaryId = newDiary();

        assertThatThrownBy(() -> insertRawEpisode(diaryId, Map.of(column, value)))
                .isInstanceOf(RuntimeException.class)
                .satisfies(exception -> assertThat(fullText(exception)).doesNotContain(SENSITIVE_NOTE));

        assertThat(countEpisodes(diaryId)).isZero();
    }

    @Test
    void episode_cannotReferToAMissingDiary() {
        String diaryId = newId();

        assertThatThrownBy(() -> insertRawEpisode(diaryId, Map.of())).isInstanceOf(RuntimeException.class);

        assertThat(countEpisodes(diaryId)).isZero();
    }

    @Test
    void diaryWithoutKeyHash_isRefused() {
        String id = newId();

        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.createUpdate(
                "INSERT INTO diary (id, key_hash, created_at) VALUES (:id, NULL, 0)").bind("id", id).execute()))
                .isInstanceOf(RuntimeException.class);

        assertThat(diaries.findDiary(id)).isEmpty();
    }

    private String newDiary() {
        String id = newId();
        diaries.createDiary(id, "key-hash", CREATED);
        return id;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static Episode episode(String id, LocalDateTime start, String helped, String note) {
        return new Episode(id, start, TWO_MINUTES, "calf", Side.LEFT, 6, Trigger.NIGHT_REST, helped, note);
    }

    /** Inserts a valid episode row by SQL, with the given columns changed. */
    private void insertRawEpisode(String diaryId, Map<String, Object> changed) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("diary_id", diaryId);
        row.put("id", "raw-1");
        row.put("started_at", "2026-11-24T03:40");
        row.put("duration_seconds", 120L);
        row.put("muscle_group", "calf");
        row.put("side", "left");
        row.put("intensity", 6);
        row.put("trigger_kind", "night_rest");
        row.put("helped", "");
        row.put("note", SENSITIVE_NOTE);
        row.put("recorded_at", RECORDED);
        row.putAll(changed);
        String columns = String.join(", ", row.keySet());
        String values = row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        database.jdbi().useHandle(handle -> handle
                .createUpdate("INSERT INTO diary_episode (" + columns + ") VALUES (" + values + ")")
                .bindMap(row)
                .execute());
    }

    private long countEpisodes(String diaryId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM diary_episode WHERE diary_id = :diaryId")
                .bind("diaryId", diaryId)
                .mapTo(Long.class)
                .one());
    }
}
