package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.spasmcheck.store.AnswerEvent.Origin.DIARY;
import static org.spasmcheck.store.AnswerEvent.Origin.PERSON;
import static org.spasmcheck.store.ExceptionText.fullText;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link AssessmentRepository} must have, run against each database the store supports by a
 * subclass that says where the database is. No mocks: every test talks to a real database.
 */
abstract class AssessmentRepositoryContract {

    private static final Instant CREATED = Instant.parse("2026-11-25T09:00:00.123Z");
    private static final Instant LATER = Instant.parse("2026-11-25T09:05:30.456Z");
    private static final Instant LATEST = Instant.parse("2026-11-25T09:07:01.789Z");

    /** Threads and appends for the concurrency test: enough to interleave, few enough to stay fast. */
    private static final int WRITER_THREADS = 4;
    private static final int APPENDS_PER_THREAD = 10;
    private static final int ENTRIES_PER_APPEND = 2;
    private static final long CONCURRENT_TEST_TIMEOUT_SECONDS = 60;
    /** Races: rounds per seed, and at most this many writers and entries per writer in a round. */
    private static final int RACE_ROUNDS = 10;
    private static final int MAX_RACERS = 5;
    private static final int MAX_ENTRIES_PER_RACER = 3;

    protected Database database;
    protected AssessmentRepository repository;

    /** Where the database is; the same URL during one test, so that reopening finds the same data. */
    protected abstract String databaseUrl();

    /** What {@link Database#kind()} should say for {@link #databaseUrl()}. */
    protected abstract String expectedKind();

    @BeforeEach
    void openDatabase() {
        database = Database.open(databaseUrl());
        repository = database.assessments();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void create_thenFind_returnsTheSameIdTokenHashTimesLogAndSnapshot() {
        String id = newId();
        List<AnswerEvent> answers = chiefComplaint();

        StoredAssessment created = repository.create(id, "token-hash-1", null, CREATED,
                answers, snapshot("ROUTINE", 1));

        StoredAssessment found = repository.find(id).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.tokenHash()).isEqualTo("token-hash-1");
        assertThat(found.diaryId()).isNull();
        assertThat(found.createdAt()).isEqualTo(CREATED);
        assertThat(found.updatedAt()).isEqualTo(CREATED);
        assertThat(found.initialAnswers()).isEqualTo(answers.size());
        assertThat(found.log()).containsExactly(
                new AnswerEvent(1, "calf_cramp", AnswerEvent.Operation.SET, "true", CREATED, PERSON),
                new AnswerEvent(2, "age_years", AnswerEvent.Operation.SET, "67", CREATED.plusMillis(1), PERSON),
                new AnswerEvent(3, "sex", AnswerEvent.Operation.SET, "\"female\"", CREATED.plusMillis(2), PERSON));
        assertThat(repository.findSnapshot(id)).contains(snapshot("ROUTINE", 1));
    }

    @Test
    void create_truncatesTimesToTheMillisecond() {
        String id = newId();
        Instant withNanos = Instant.parse("2026-11-25T09:00:00.123456789Z");

        StoredAssessment created = repository.create(id, "hash", null, withNanos,
                List.of(AnswerEvent.set("calf_cramp", "true", withNanos)), snapshot("ROUTINE", 1));

        Instant millis = Instant.parse("2026-11-25T09:00:00.123Z");
        StoredAssessment found = repository.find(id).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.createdAt()).isEqualTo(millis).isEqualTo(withNanos.truncatedTo(ChronoUnit.MILLIS));
        assertThat(found.updatedAt()).isEqualTo(millis);
        assertThat(found.log().get(0).recordedAt()).isEqualTo(millis);
    }

    @Test
    void create_keepsEveryKindOfAnswerValueExactly() {
        String id = newId();
        List<AnswerEvent> answers = List.of(
                AnswerEvent.set("calf_cramp", "true", CREATED),
                AnswerEvent.set("night_cramps", "false", CREATED),
                AnswerEvent.set("cramp_duration", "\"minutes\"", CREATED),
                AnswerEvent.set("body_sites", "[\"calf\",\"foot\"]", CREATED),
                AnswerEvent.set("cramps_per_week", "3.5", CREATED),
                AnswerEvent.set("pregnant", null, CREATED),
                AnswerEvent.set("recent_new_drug", "null", CREATED),
                AnswerEvent.set("free_text", "\"Wadenkrampf – nachts, 痙攣 ✓ \\\"quoted\\\"\"", CREATED),
                AnswerEvent.clear("calf_cramp", CREATED));

        repository.create(id, "hash", null, CREATED, answers, snapshot("ROUTINE", 1));

        assertThat(repository.find(id).orElseThrow().log()).isEqualTo(numberedFromOne(answers));
    }

    @Test
    void create_withoutInitialAnswers_storesAnEmptyLog() {
        String id = newId();

        repository.create(id, "hash", null, CREATED, List.of(), snapshot("ROUTINE", 1));

        StoredAssessment found = repository.find(id).orElseThrow();
        assertThat(found.log()).isEmpty();
        assertThat(found.initialAnswers()).isZero();
    }

    @Test
    void create_withAnIdAlreadyStored_failsAndLeavesTheStoredAssessmentUnchanged() {
        String id = newId();
        StoredAssessment original = repository.create(id, "hash", null, CREATED,
                chiefComplaint(), snapshot("ROUTINE", 1));

        assertThatThrownBy(() -> repository.create(id, "other-hash", null, LATER,
                List.of(AnswerEvent.set("other_finding", "true", LATER)), snapshot("EMERGENCY", 2)))
                .isInstanceOf(RuntimeException.class);

        assertThat(repository.find(id)).contains(original);
    }

    @Test
    void failedWrite_exceptionMessageContainsNoHealthData() {
        String id = newId();
        String sensitive = "\"sensitive answer text\"";
        repository.create(id, "hash", null, CREATED, chiefComplaint(), snapshot("ROUTINE", 1));

        assertThatThrownBy(() -> repository.create(id, "hash", null, LATER,
                List.of(AnswerEvent.set("free_text", sensitive, LATER)),
                new ResultSnapshot("kb-1", "kb-hash", "ROUTINE", "{\"note\":" + sensitive + "}")))
                .satisfies(exception -> assertThat(fullText(exception)).doesNotContain("sensitive answer text"));
    }

    @Test
    void rejectedLogRow_exceptionMessageContainsNoAnswerValue() {
        String id = newId();
        repository.create(id, "hash", null, CREATED, chiefComplaint(), snapshot("ROUTINE", 1));

        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.prepareBatch("""
                INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at)
                VALUES (:id, 0, 'free_text', 'SET', :value, 0)
                """).bind("id", id).bind("value", "\"sensitive answer text\"").add().execute()))
                .satisfies(exception -> assertThat(fullText(exception)).doesNotContain("sensitive answer text"));
    }

    @Test
    void create_fromADiary_keepsTheDiaryId() {
        String diaryId = newId();
        database.diaries().createDiary(diaryId, "key-hash", CREATED);
        String id = newId();

        StoredAssessment created = repository.create(id, "hash", diaryId, CREATED, chiefComplaint(),
                snapshot("ROUTINE", 1));

        assertThat(created.diaryId()).isEqualTo(diaryId);
        assertThat(repository.find(id)).contains(created);
        StoredAssessment appended = repository.append(created, LATER,
                List.of(AnswerEvent.set("night_cramps", "true", LATER)), snapshot("ROUTINE", 2));
        assertThat(appended.diaryId()).as("append keeps the diary").isEqualTo(diaryId);
    }

    @Test
    void create_fromAnUnknownDiary_throwsDiaryNotFoundAndWritesNothing() {
        String diaryId = newId();
        String id = newId();

        assertThatThrownBy(() -> repository.create(id, "hash", diaryId, CREATED, chiefComplaint(),
                snapshot("ROUTINE", 1)))
                .isInstanceOf(DiaryNotFoundException.class)
                .hasMessageContaining(diaryId);

        assertThat(repository.find(id)).isEmpty();
        assertThat(countRows("answer_event", "assessment_id", id)).isZero();
    }

    @Test
    void assessment_cannotReferToAMissingDiary() {
        String id = newId();
        repository.create(id, "hash", null, CREATED, chiefComplaint(), snapshot("ROUTINE", 1));

        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.createUpdate(
                "UPDATE assessment SET diary_id = :diaryId WHERE id = :id")
                .bind("diaryId", newId()).bind("id", id).execute()))
                .isInstanceOf(RuntimeException.class);

        assertThat(repository.find(id).orElseThrow().diaryId()).isNull();
    }

    @Test
    void answerOrigin_personOrDiary_isKeptForEveryEntry() {
        String id = newId();
        List<AnswerEvent> initial = List.of(
                AnswerEvent.set("calf_cramp", "true", CREATED),
                AnswerEvent.setFromDiary("night_cramps", "true", CREATED),
                AnswerEvent.setFromDiary("cramps_per_week", "4", CREATED));
        StoredAssessment created = repository.create(id, "hash", null, CREATED, initial, snapshot("ROUTINE", 1));

        repository.append(created, LATER, List.of(
                AnswerEvent.set("cramps_per_week", "2", LATER),
                AnswerEvent.clear("night_cramps", LATER),
                AnswerEvent.setFromDiary("leg_swelling", "false", LATER)), snapshot("ROUTINE", 2));

        assertThat(repository.find(id).orElseThrow().log())
                .extracting(AnswerEvent::findingId, AnswerEvent::operation, AnswerEvent::origin)
                .containsExactly(
                        tuple("calf_cramp", AnswerEvent.Operation.SET, PERSON),
                        tuple("night_cramps", AnswerEvent.Operation.SET, DIARY),
                        tuple("cramps_per_week", AnswerEvent.Operation.SET, DIARY),
                        tuple("cramps_per_week", AnswerEvent.Operation.SET, PERSON),
                        tuple("night_cramps", AnswerEvent.Operation.CLEAR, PERSON),
                        tuple("leg_swelling", AnswerEvent.Operation.SET, DIARY));
    }

    @Test
    void answerOrigin_isStoredAsItsId() {
        String id = newId();
        repository.create(id, "hash", null, CREATED, List.of(
                AnswerEvent.set("calf_cramp", "true", CREATED),
                AnswerEvent.setFromDiary("night_cramps", "true", CREATED)), snapshot("ROUTINE", 1));

        List<String> stored = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT origin FROM answer_event WHERE assessment_id = :id ORDER BY sequence")
                .bind("id", id).mapTo(String.class).list());

        assertThat(stored).containsExactly("person", "diary");
    }

    @Test
    void answerOrigin_leftOutOfAnInsert_isPerson() {
        String id = newId();
        repository.create(id, "hash", null, CREATED, List.of(), snapshot("ROUTINE", 1));

        database.jdbi().useHandle(handle -> handle.createUpdate("""
                INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at)
                VALUES (:id, 1, 'calf_cramp', 'SET', 'true', 0)
                """).bind("id", id).execute());

        assertThat(repository.find(id).orElseThrow().log()).extracting(AnswerEvent::origin).containsExactly(PERSON);
    }

    @Test
    void answerOrigin_otherThanPersonOrDiary_isRefusedByTheDatabase() {
        String id = newId();
        repository.create(id, "hash", null, CREATED, List.of(), snapshot("ROUTINE", 1));

        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.createUpdate("""
                INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at,
                                          origin)
                VALUES (:id, 1, 'calf_cramp', 'SET', 'true', 0, 'PERSON')
                """).bind("id", id).execute()))
                .isInstanceOf(RuntimeException.class);

        assertThat(countRows("answer_event", "assessment_id", id)).isZero();
    }

    @Test
    void append_entryWithoutAnOrigin_isRejectedAndWritesNothing() {
        String id = newId();
        StoredAssessment created = repository.create(id, "hash", null, CREATED, chiefComplaint(),
                snapshot("ROUTINE", 1));

        assertThatThrownBy(() -> repository.append(created, LATER,
                List.of(new AnswerEvent(0, "leg_swelling", AnswerEvent.Operation.SET, "true", LATER, null)),
                snapshot("URGENT", 2)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("origin");

        assertThat(repository.find(id)).contains(created);
    }

    @Test
    void find_unknownId_isEmpty() {
        assertThat(repository.find(newId())).isEmpty();
        assertThat(repository.findSnapshot(newId())).isEmpty();
    }

    @Test
    void append_numbersNewEntriesAfterTheLastOne() {
        String id = newId();
        StoredAssessment created = repository.create(id, "hash", null, CREATED, chiefComplaint(),
                snapshot("ROUTINE", 1));

        StoredAssessment afterFirst = repository.append(created, LATER,
                List.of(AnswerEvent.set("night_cramps", "true", LATER)), snapshot("ROUTINE", 2));
        StoredAssessment afterSecond = repository.append(afterFirst, LATEST,
                List.of(AnswerEvent.set("leg_swelling", "false", LATEST), AnswerEvent.clear("night_cramps", LATEST)),
                snapshot("ROUTINE", 3));

        assertThat(afterFirst.log()).extracting(AnswerEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(afterSecond.log()).extracting(AnswerEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(afterSecond.log().subList(3, 6)).containsExactly(
                new AnswerEvent(4, "night_cramps", AnswerEvent.Operation.SET, "true", LATER, PERSON),
                new AnswerEvent(5, "leg_swelling", AnswerEvent.Operation.SET, "false", LATEST, PERSON),
                new AnswerEvent(6, "night_cramps", AnswerEvent.Operation.CLEAR, null, LATEST, PERSON));
        assertThat(repository.find(id)).contains(afterSecond);
    }

    @Test
    void append_replacesTheSnapshotAndUpdatedAt_andKeepsCreatedAtAndInitialAnswers() {
        String id = newId();
        StoredAssessment created = repository.create(id, "hash", null, CREATED, chiefComplaint(),
                snapshot("ROUTINE", 1));

        repository.append(created, LATER, List.of(AnswerEvent.set("leg_swelling", "true", LATER)),
                snapshot("URGENT", 2));

        StoredAssessment found = repository.find(id).orElseThrow();
        assertThat(repository.findSnapshot(id)).contains(snapshot("URGENT", 2));
        assertThat(found.updatedAt()).isEqualTo(LATER);
        assertThat(found.createdAt()).isEqualTo(CREATED);
        assertThat(found.initialAnswers()).isEqualTo(chiefComplaint().size());
        assertThat(found.tokenHash()).isEqualTo("hash");
    }

    @Test
    void append_withNoEntries_replacesOnlyTheSnapshotAndUpdatedAt() {
        String id = newId();
        StoredAssessment created = repository.create(id, "hash", null, CREATED,
                chiefComplaint(), snapshot("ROUTINE", 1));

        StoredAssessment appended = repository.append(created, LATER, List.of(), snapshot("ROUTINE", 2));

        assertThat(appended.log()).isEqualTo(created.log());
        assertThat(repository.findSnapshot(id)).contains(snapshot("ROUTINE", 2));
        assertThat(appended.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void append_toUnknownId_throwsNotFoundAndWritesNothing() {
        String id = newId();

        StoredAssessment neverStored = new StoredAssessment(id, "hash", null, CREATED, CREATED, 0, 0, List.of());

        assertThatThrownBy(() -> repository.append(neverStored, LATER,
                List.of(AnswerEvent.set("calf_cramp", "true", LATER)), snapshot("ROUTINE", 1)))
                .isInstanceOf(AssessmentNotFoundException.class)
                .hasMessageContaining(id);

        assertThat(repository.find(id)).isEmpty();
        assertThat(countRows("assessment", "id", id)).isZero();
        assertThat(countRows("answer_event", "assessment_id", id)).isZero();
    }

    @Test
    void append_clearEntryWithAValue_isRejectedAndWritesNothing() {
        String id = newId();
        StoredAssessment created = repository.create(id, "hash", null, CREATED,
                chiefComplaint(), snapshot("ROUTINE", 1));

        assertThatThrownBy(() -> repository.append(created, LATER,
                List.of(AnswerEvent.set("leg_swelling", "true", LATER),
                        new AnswerEvent(0, "calf_cramp", AnswerEvent.Operation.CLEAR, "true", LATER, PERSON)),
                snapshot("URGENT", 2)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(repository.find(id)).contains(created);
    }

    @Test
    void log_isAppendOnly_earlierEntriesAreUnchangedAfterAppends() {
        String id = newId();
        StoredAssessment created = repository.create(id, "hash", null, CREATED,
                chiefComplaint(), snapshot("ROUTINE", 1));
        List<AnswerEvent> initial = created.log();

        StoredAssessment first = repository.append(created, LATER,
                List.of(AnswerEvent.set("calf_cramp", "false", LATER)), snapshot("ROUTINE", 2));
        List<AnswerEvent> afterFirst = repository.find(id).orElseThrow().log();
        repository.append(first, LATEST, List.of(AnswerEvent.clear("calf_cramp", LATEST)), snapshot("ROUTINE", 3));
        List<AnswerEvent> afterSecond = repository.find(id).orElseThrow().log();

        assertThat(afterFirst).startsWith(initial.toArray(AnswerEvent[]::new)).hasSize(initial.size() + 1);
        assertThat(afterSecond).startsWith(afterFirst.toArray(AnswerEvent[]::new)).hasSize(afterFirst.size() + 1);
        assertThat(afterSecond).filteredOn(entry -> entry.findingId().equals("calf_cramp"))
                .extracting(AnswerEvent::operation, AnswerEvent::valueJson)
                .containsExactly(
                        tuple(AnswerEvent.Operation.SET, "true"),
                        tuple(AnswerEvent.Operation.SET, "false"),
                        tuple(AnswerEvent.Operation.CLEAR, null));
    }

    @Test
    void answerLog_cannotReferToAMissingAssessment() {
        String id = newId();

        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.createUpdate("""
                INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at)
                VALUES (:id, 1, 'calf_cramp', 'SET', 'true', 0)
                """).bind("id", id).execute()))
                .isInstanceOf(RuntimeException.class);

        assertThat(countRows("answer_event", "assessment_id", id)).isZero();
    }

    @Test
    void data_survivesClosingAndReopeningTheDatabase() {
        String id = newId();
        StoredAssessment created = repository.create(id, "hash", null, CREATED, chiefComplaint(),
                snapshot("ROUTINE", 1));
        StoredAssessment beforeClose = repository.append(created, LATER,
                List.of(AnswerEvent.set("leg_swelling", "true", LATER)), snapshot("URGENT", 2));

        database.close();
        database = Database.open(databaseUrl());

        assertThat(database.assessments().find(id)).contains(beforeClose);
    }

    @Test
    void openingTheSameDatabaseTwice_appliesEachMigrationOnce() {
        String id = newId();
        repository.create(id, "hash", null, CREATED, chiefComplaint(), snapshot("ROUTINE", 1));

        try (Database second = Database.open(databaseUrl())) {
            assertThat(second.assessments().find(id)).isPresent();
            List<String> applied = second.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = :success")
                    .bind("success", true)
                    .mapTo(String.class).list());
            assertThat(applied).containsExactlyInAnyOrder("1", "2", "3");
        }
        assertThat(repository.find(id)).isPresent();
    }

    @Test
    void concurrentAppends_toOneAssessment_allLandWithDistinctConsecutiveSequences() throws Exception {
        String id = newId();
        repository.create(id, "hash", null, CREATED, List.of(AnswerEvent.set("calf_cramp", "true", CREATED)),
                snapshot("ROUTINE", 0));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(WRITER_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < WRITER_THREADS; thread++) {
                int writer = thread;
                done.add(writers.submit(() -> {
                    start.await();
                    for (int append = 0; append < APPENDS_PER_THREAD; append++) {
                        List<AnswerEvent> entries = new ArrayList<>();
                        for (int entry = 0; entry < ENTRIES_PER_APPEND; entry++) {
                            entries.add(AnswerEvent.set(findingId(writer, append, entry), "true", LATER));
                        }
                        appendAtTheCurrentVersion(id, entries, snapshot("ROUTINE", append));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(CONCURRENT_TEST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        List<AnswerEvent> log = repository.find(id).orElseThrow().log();
        long expectedEntries = 1 + (long) WRITER_THREADS * APPENDS_PER_THREAD * ENTRIES_PER_APPEND;
        assertThat(log).extracting(AnswerEvent::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, expectedEntries).boxed().toList());
        Map<String, Long> sequenceOf = new HashMap<>();
        log.forEach(entry -> sequenceOf.put(entry.findingId(), entry.sequence()));
        assertThat(sequenceOf).hasSize((int) expectedEntries);
        for (int writer = 0; writer < WRITER_THREADS; writer++) {
            for (int append = 0; append < APPENDS_PER_THREAD; append++) {
                long first = sequenceOf.get(findingId(writer, append, 0));
                for (int entry = 1; entry < ENTRIES_PER_APPEND; entry++) {
                    assertThat(sequenceOf.get(findingId(writer, append, entry)))
                            .as("entries of one append are consecutive")
                            .isEqualTo(first + entry);
                }
            }
        }
    }

    @Test
    void version_startsAtTheNumberOfInitialAnswers_andGrowsByTheEntriesOfEachAppend() {
        String id = newId();
        String empty = newId();

        StoredAssessment created = repository.create(id, "hash", null, CREATED, chiefComplaint(),
                snapshot("ROUTINE", 1));
        StoredAssessment appended = repository.append(created, LATER,
                List.of(AnswerEvent.set("leg_swelling", "true", LATER), AnswerEvent.clear("calf_cramp", LATER)),
                snapshot("URGENT", 2));
        StoredAssessment snapshotOnly = repository.append(appended, LATEST, List.of(), snapshot("URGENT", 3));

        assertThat(created.version()).isEqualTo(3);
        assertThat(appended.version()).isEqualTo(5);
        assertThat(snapshotOnly.version()).as("no entries, same log, same version").isEqualTo(5);
        assertThat(repository.find(id).orElseThrow().version()).isEqualTo(5);
        assertThat(repository.create(empty, "hash", null, CREATED, List.of(), snapshot("ROUTINE", 1)).version())
                .isZero();
    }

    @Test
    void append_atAVersionThatIsNoLongerCurrent_throwsConflictNamingBoth_andWritesNothing() {
        String id = newId();
        StoredAssessment created = repository.create(id, "hash", null, CREATED, chiefComplaint(),
                snapshot("ROUTINE", 1));
        StoredAssessment current = repository.append(created, LATER,
                List.of(AnswerEvent.set("leg_swelling", "true", LATER)), snapshot("URGENT", 2));

        assertThatThrownBy(() -> repository.append(created, LATEST,
                List.of(AnswerEvent.set("leg_swelling", "false", LATEST)), snapshot("ROUTINE", 3)))
                .isInstanceOfSatisfying(VersionConflictException.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(3);
                    assertThat(conflict.currentVersion()).isEqualTo(4);
                    assertThat(conflict).hasMessageContaining(id).hasMessageContaining("version 4, not 3");
                });
        StoredAssessment fromTheFuture = new StoredAssessment(id, current.tokenHash(), null, CREATED, LATER, 5,
                current.initialAnswers(), current.log());
        assertThatThrownBy(() -> repository.append(fromTheFuture, LATEST, List.of(), snapshot("ROUTINE", 3)))
                .as("a version from the future is no better").isInstanceOf(VersionConflictException.class);

        assertThat(repository.find(id)).contains(current);
    }

    /**
     * Writers that read the same version race to append at it, through two separate connection pools on one database
     * (as two server processes would): in every round exactly one wins, every loser is told the winner's version, and
     * the log holds exactly the winners' entries. Seeded: the seed picks how many writers race and how many entries
     * each appends; which thread wins is up to the scheduler.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 42})
    void racingAppends_atTheSameVersion_fromTwoConnectionPools_exactlyOneWinsEachRound(long seed) throws Exception {
        Random random = new Random(seed);
        String id = newId();
        repository.create(id, "hash", null, CREATED, chiefComplaint(), snapshot("ROUTINE", 0));
        List<AnswerEvent> expectedLog = new ArrayList<>(chiefComplaint());
        ExecutorService pool = Executors.newFixedThreadPool(MAX_RACERS);
        try (Database other = Database.open(databaseUrl())) {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                StoredAssessment read = repository.find(id).orElseThrow();
                long version = read.version();
                int racers = 2 + random.nextInt(MAX_RACERS - 1);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<StoredAssessment>> outcomes = new ArrayList<>();
                List<List<AnswerEvent>> attempts = new ArrayList<>();
                for (int racer = 0; racer < racers; racer++) {
                    AssessmentRepository through = racer % 2 == 0 ? repository : other.assessments();
                    List<AnswerEvent> entries = new ArrayList<>();
                    int size = 1 + random.nextInt(MAX_ENTRIES_PER_RACER);
                    for (int entry = 0; entry < size; entry++) {
                        entries.add(AnswerEvent.set(findingId(racer, round, entry), "true", LATER));
                    }
                    attempts.add(entries);
                    int revision = round;
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return through.append(read, LATER, entries, snapshot("ROUTINE", revision));
                    }));
                }
                start.countDown();

                List<Integer> winners = new ArrayList<>();
                List<Long> toldLosers = new ArrayList<>();
                for (int racer = 0; racer < racers; racer++) {
                    try {
                        outcomes.get(racer).get(CONCURRENT_TEST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                        winners.add(racer);
                    } catch (ExecutionException failed) {
                        assertThat(failed.getCause()).isInstanceOf(VersionConflictException.class);
                        toldLosers.add(((VersionConflictException) failed.getCause()).currentVersion());
                    }
                }
                assertThat(winners).as("round %d, %d racers at version %d", round, racers, version).hasSize(1);
                List<AnswerEvent> won = attempts.get(winners.get(0));
                expectedLog.addAll(won);
                assertThat(toldLosers).hasSize(racers - 1).containsOnly(version + won.size());
            }
        } finally {
            pool.shutdownNow();
        }

        StoredAssessment stored = repository.find(id).orElseThrow();
        assertThat(stored.log()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sequence")
                .containsExactlyElementsOf(expectedLog);
        assertThat(stored.version()).isEqualTo(stored.log().size());
    }

    @Test
    void isHealthy_whileOpen_andNotAfterClose() {
        assertThat(database.isHealthy()).isTrue();
        assertThat(repository.outage()).isEmpty();

        database.close();

        assertThat(database.isHealthy()).isFalse();
        assertThat(repository.outage()).contains(DatabaseOutage.NO_ANSWER);
    }

    @Test
    void kind_namesTheDatabase() {
        assertThat(database.kind()).isEqualTo(expectedKind());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String findingId(int writer, int append, int entry) {
        return "writer" + writer + "_append" + append + "_entry" + entry;
    }

    /** Reads the version and appends at it, again after every conflict, as a writer that must not give up does. */
    private void appendAtTheCurrentVersion(String id, List<AnswerEvent> entries, ResultSnapshot snapshot) {
        while (true) {
            StoredAssessment read = repository.find(id).orElseThrow();
            long version = read.version();
            try {
                repository.append(read, LATER, entries, snapshot);
                return;
            } catch (VersionConflictException conflict) {
                assertThat(conflict.currentVersion()).isGreaterThan(version);
            }
        }
    }

    private static List<AnswerEvent> chiefComplaint() {
        return List.of(
                AnswerEvent.set("calf_cramp", "true", CREATED),
                AnswerEvent.set("age_years", "67", CREATED.plusMillis(1)),
                AnswerEvent.set("sex", "\"female\"", CREATED.plusMillis(2)));
    }

    /** The entries as the repository should store them: sequence 1, 2, 3 ... in list order. */
    private static List<AnswerEvent> numberedFromOne(List<AnswerEvent> entries) {
        return IntStream.range(0, entries.size())
                .mapToObj(index -> {
                    AnswerEvent entry = entries.get(index);
                    return new AnswerEvent(index + 1, entry.findingId(), entry.operation(), entry.valueJson(),
                            entry.recordedAt(), entry.origin());
                })
                .toList();
    }

    private static ResultSnapshot snapshot(String triageLevel, int revision) {
        return new ResultSnapshot("2026.11.0", "sha256:0f3a9c", triageLevel,
                "{\"revision\":" + revision + ",\"differential\":[{\"condition\":\"idiopathic_cramp\",\"p\":0.62}]}");
    }

    private long countRows(String table, String idColumn, String id) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + idColumn + " = :id")
                .bind("id", id)
                .mapTo(Long.class)
                .one());
    }
}
