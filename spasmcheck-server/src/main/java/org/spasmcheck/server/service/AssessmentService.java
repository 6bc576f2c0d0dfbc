package org.spasmcheck.server.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.diary.DiaryAnswer;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.store.AnswerEvent;
import org.spasmcheck.store.AssessmentRepository;
import org.spasmcheck.store.DatabaseOutage;
import org.spasmcheck.store.ResultSnapshot;
import org.spasmcheck.store.StoredAssessment;
import org.spasmcheck.store.VersionConflictException;

/**
 * The stored interview: every answer is appended to the assessment's log, with a fresh result snapshot, in one
 * transaction before the caller gets the result. The result can always be recomputed from the log.
 * Clinical logic stays in the engine; this class only coordinates.
 */
public final class AssessmentService {
    private final Engine engine;
    private final AssessmentRepository repository;
    private final Clock clock;
    private final SecureRandom random;
    /**
     * Answers to one assessment in this process are read, recomputed and appended under one lock, so that they take
     * turns instead of failing the store's version check. Across processes (several servers on one PostgreSQL) the
     * version check in the store is what keeps a snapshot from missing an answer.
     */
    private final Object[] writeLocks = new Object[LOCK_STRIPES];
    private static final int LOCK_STRIPES = 64;
    /**
     * How often a change without a precondition is recomputed when writers in other processes keep getting there
     * first. Each lost attempt means another process committed a change to this very assessment meanwhile (the
     * threads of this process take turns under the lock), so ten covers ten people answering one assessment at once
     * through as many servers; after that the client is told the assessment changed, as a conditional change would
     * be, and nothing is lost.
     */
    static final int MAX_ATTEMPTS = 10;

    public AssessmentService(Engine engine, AssessmentRepository repository, Clock clock, SecureRandom random) {
        this.engine = engine;
        this.repository = repository;
        this.clock = clock;
        this.random = random;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            writeLocks[i] = new Object();
        }
    }

    public Engine engine() {
        return engine;
    }

    /** A new assessment with the chief complaint (may be empty); the token is returned once, here. */
    public SessionAssessment create(Evidence initial) {
        Instant now = clock.instant();
        List<AnswerEvent> events = new ArrayList<>();
        initial.answers().forEach((finding, value) -> events.add(AnswerEvent.set(finding, ValueJson.encode(value), now)));
        return create(initial, events, null, now);
    }

    /**
     * A new assessment that begins with a diary's answers, each recorded as from the diary, except those the person
     * changed before starting ({@code changes}), which are recorded as theirs. None of them counts as a question
     * the interview asked.
     */
    public SessionAssessment createFromDiary(String diaryId, List<DiaryAnswer> fromDiary, Map<String, Value> changes) {
        Instant now = clock.instant();
        Evidence evidence = Evidence.EMPTY;
        List<AnswerEvent> events = new ArrayList<>();
        for (DiaryAnswer a : fromDiary) {
            if (!changes.containsKey(a.findingId())) {
                evidence = evidence.with(a.findingId(), a.value());
                events.add(AnswerEvent.setFromDiary(a.findingId(), ValueJson.encode(a.value()), now));
            }
        }
        for (Map.Entry<String, Value> change : changes.entrySet()) {
            evidence = evidence.with(change.getKey(), change.getValue());
            events.add(AnswerEvent.set(change.getKey(), ValueJson.encode(change.getValue()), now));
        }
        return create(evidence, events, diaryId, now);
    }

    private SessionAssessment create(Evidence initial, List<AnswerEvent> events, String diaryId, Instant now) {
        String id = AccessToken.generate(random).substring(0, 22);
        String token = AccessToken.generate(random);
        Assessment a = assess(initial, 0);
        ResultSnapshot snapshot = snapshot(a);
        StoredAssessment stored = repository.create(id, AccessToken.hash(token), diaryId, now, events, snapshot);
        return session(stored, token, 0, a, snapshot.resultJson());
    }

    public SessionAssessment get(String id, String token) {
        return current(authorised(id, token));
    }

    /** An assessment that a share link opens (the link was checked by {@link ShareService}). */
    SessionAssessment getShared(String id) {
        return current(repository.find(id).orElseThrow(AssessmentNotAccessibleException::new));
    }

    /**
     * An assessment by its id alone, for the local command line, which holds the database itself (whoever can run
     * it can read the file); the HTTP routes never call it.
     *
     * @throws AssessmentNotAccessibleException when no assessment has this id
     */
    public SessionAssessment getByOperator(String id) {
        return current(repository.find(id).orElseThrow(AssessmentNotAccessibleException::new));
    }

    private SessionAssessment current(StoredAssessment stored) {
        Evidence evidence = StoredEvidence.replay(stored, engine.knowledgeBase());
        int asked = questionsAsked(stored, evidence);
        return session(stored, null, asked, assess(evidence, asked), null);
    }

    /**
     * Adds answers; an answer to a finding answered before replaces the earlier one.
     *
     * @throws AssessmentChangedException if the assessment is not at a version {@code precondition} admits
     */
    public SessionAssessment answer(String id, String token, Map<String, Value> answers, Precondition precondition) {
        return change(id, token, precondition, (evidence, now) -> {
            Evidence after = evidence;
            List<AnswerEvent> events = new ArrayList<>();
            for (Map.Entry<String, Value> e : answers.entrySet()) {
                after = after.with(e.getKey(), e.getValue());
                events.add(AnswerEvent.set(e.getKey(), ValueJson.encode(e.getValue()), now));
            }
            return new Change(after, events);
        });
    }

    /**
     * Removes the most recent answer (it becomes unasked again).
     *
     * @throws NothingToUndoException      if there is no answer
     * @throws AssessmentChangedException if the assessment is not at a version {@code precondition} admits
     */
    public SessionAssessment undoLast(String id, String token, Precondition precondition) {
        return change(id, token, precondition, (evidence, now) -> {
            if (evidence.size() == 0) {
                throw new NothingToUndoException();
            }
            String last = List.copyOf(evidence.answers().keySet()).get(evidence.size() - 1);
            return new Change(evidence.without(last), List.of(AnswerEvent.clear(last, now)));
        });
    }

    /** What a change does to the stored answers: the evidence after it and the log entries that record it. */
    private record Change(Evidence evidence, List<AnswerEvent> events) {
    }

    @FunctionalInterface
    private interface ChangeOf {
        Change apply(Evidence evidence, Instant now);
    }

    /**
     * Reads the assessment, checks the precondition, computes the change and appends it at the version read. When the
     * store reports that another writer got there first, reads again: a conditional change then fails its
     * precondition, an unconditional one is recomputed on top of the other writer's answers.
     */
    private SessionAssessment change(String id, String token, Precondition precondition, ChangeOf changeOf) {
        synchronized (lockFor(id)) {
            for (int attempt = 1; ; attempt++) {
                StoredAssessment stored = authorised(id, token);
                if (!precondition.admits(stored.version())) {
                    throw new AssessmentChangedException(current(stored));
                }
                Instant now = clock.instant();
                Change change = changeOf.apply(StoredEvidence.replay(stored, engine.knowledgeBase()), now);
                try {
                    return save(stored, change, now);
                } catch (VersionConflictException otherWriterFirst) {
                    if (attempt == MAX_ATTEMPTS) {
                        throw new AssessmentChangedException(current(authorised(id, token)));
                    }
                }
            }
        }
    }

    /** Stateless one-shot assessment (nothing is stored). */
    public Assessment assessOnce(Evidence evidence, Audience audience) {
        return engine.assess(new AssessmentRequest(evidence, audience, 0));
    }

    /** Empty while the database answers; otherwise why it does not (for /health). */
    public Optional<DatabaseOutage> databaseOutage() {
        return repository.outage();
    }

    private SessionAssessment save(StoredAssessment stored, Change change, Instant now) {
        int asked = questionsAsked(stored, change.evidence());
        Assessment a = assess(change.evidence(), asked);
        ResultSnapshot snapshot = snapshot(a);
        StoredAssessment updated = repository.append(stored, now, change.events(), snapshot);
        return session(updated, null, asked, a, snapshot.resultJson());
    }

    private static SessionAssessment session(StoredAssessment stored, String token, int asked, Assessment a,
                                             String resultJson) {
        return new SessionAssessment(stored.id(), stored.version(), token, stored.createdAt(), stored.updatedAt(),
                asked, a, stored.diaryId(), StoredEvidence.fromDiary(stored), resultJson);
    }

    private Object lockFor(String id) {
        return writeLocks[Math.floorMod(id.hashCode(), LOCK_STRIPES)];
    }

    private StoredAssessment authorised(String id, String token) {
        return repository.find(id)
                .filter(s -> AccessToken.matches(token, s.tokenHash()))
                .orElseThrow(AssessmentNotAccessibleException::new);
    }

    private static int questionsAsked(StoredAssessment stored, Evidence evidence) {
        return Math.max(0, evidence.size() - stored.initialAnswers());
    }

    private Assessment assess(Evidence evidence, int questionsAsked) {
        return engine.assess(new AssessmentRequest(evidence, Audience.PATIENT, questionsAsked));
    }

    private static ResultSnapshot snapshot(Assessment a) {
        return new ResultSnapshot(a.knowledgeBaseVersion(), a.knowledgeBaseHash(), a.triage().level().id(),
                AssessmentJson.text(a));
    }
}
