package org.spasmcheck.cli.crash;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives interviews against one server process, one worker thread per lane, until the server dies under them.
 * Each lane continues its interview across restarts and starts a new one when that has had its planned requests.
 * A worker sends its next request as soon as the last response came, and stops at the first request that gets no
 * response: that request stays unconfirmed in its interview, for the check after the restart.
 */
final class InterviewDriver {
    /** Findings in one request: one, as the web interview sends, up to a few, as an API client may. */
    private static final int MAX_ANSWERS_PER_REQUEST = 3;
    /** Answer requests per interview before its lane moves on: 2 to 12, so that some interviews span kills. */
    private static final int MIN_REQUESTS_PER_INTERVIEW = 2;
    private static final int MAX_REQUESTS_PER_INTERVIEW = 12;

    private final SpasmcheckApi api;
    private final AnswerGenerator generator;
    private final Interview[] lanes;
    private final Set<Interview> touched = ConcurrentHashMap.newKeySet();
    private final Queue<Interview> created = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger unconfirmedCreations = new AtomicInteger();
    private final AtomicLong acknowledgedRequests = new AtomicLong();
    private final AtomicLong acknowledgedAnswers = new AtomicLong();
    private final List<Thread> workers = new ArrayList<>();

    /** @param lanes the interview each lane continues (null: none yet); the workers replace finished ones */
    InterviewDriver(SpasmcheckApi api, AnswerGenerator generator, Interview[] lanes) {
        this.api = api;
        this.generator = generator;
        this.lanes = lanes;
    }

    /** Starts one worker per lane; lane i draws its answers from a random source seeded with {@code seed + i}. */
    void start(long seed) {
        for (int lane = 0; lane < lanes.length; lane++) {
            int l = lane;
            Random random = new Random(seed + lane);
            Thread worker = new Thread(() -> drive(l, random), "crash-driver-" + lane);
            workers.add(worker);
            worker.start();
        }
    }

    /** Requests sent whose response has not come yet. */
    int requestsInFlight() {
        return inFlight.get();
    }

    /**
     * Waits until every worker has stopped (they stop once the server is gone).
     *
     * @throws AssertionError if a worker is still running after the timeout, or if a response was not the expected
     *                        one
     */
    void awaitStopped(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread worker : workers) {
            worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (worker.isAlive()) {
                throw new AssertionError(worker.getName() + " still runs " + timeout + " after the kill");
            }
        }
        assertNoFailure();
    }

    /** @throws AssertionError if a response was not the expected one (the first, the others suppressed) */
    void assertNoFailure() {
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("a request failed while the server was up: "
                    + failures.peek(), failures.peek());
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
    }

    /** The interviews this driver sent a request for (created or continued). */
    Set<Interview> touched() {
        return Set.copyOf(touched);
    }

    /** The interviews whose creation this driver saw acknowledged. */
    List<Interview> created() {
        return List.copyOf(created);
    }

    /** Creations sent that got no response: such an assessment may or may not exist, and nobody has its token. */
    int unconfirmedCreations() {
        return unconfirmedCreations.get();
    }

    long acknowledgedRequests() {
        return acknowledgedRequests.get();
    }

    /** Answers (finding and value) in acknowledged requests, the initial ones of a creation included. */
    long acknowledgedAnswers() {
        return acknowledgedAnswers.get();
    }

    private void drive(int lane, Random random) {
        try {
            while (true) {
                if (lanes[lane] == null || lanes[lane].isComplete()) {
                    lanes[lane] = create(random);
                }
                answer(lanes[lane], random);
            }
        } catch (IOException serverGone) {
            // The request just sent got no response; what the store holds is for the check to find out.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failures.add(e);
        }
    }

    private Interview create(Random random) throws IOException, InterruptedException {
        ObjectNode evidence = generator.answers(random, 1 + random.nextInt(MAX_ANSWERS_PER_REQUEST));
        int plannedRequests = MIN_REQUESTS_PER_INTERVIEW
                + random.nextInt(MAX_REQUESTS_PER_INTERVIEW - MIN_REQUESTS_PER_INTERVIEW + 1);
        SpasmcheckApi.Created assessment;
        inFlight.incrementAndGet();
        try {
            assessment = api.create(evidence);
        } catch (IOException noResponse) {
            unconfirmedCreations.incrementAndGet();
            throw noResponse;
        } finally {
            inFlight.decrementAndGet();
        }
        Interview interview = new Interview(assessment.id(), assessment.token(), LoggedAnswer.of(evidence),
                plannedRequests);
        created.add(interview);
        touched.add(interview);
        acknowledge(evidence);
        return interview;
    }

    private void answer(Interview interview, Random random) throws IOException, InterruptedException {
        ObjectNode answers = generator.answers(random, 1 + random.nextInt(MAX_ANSWERS_PER_REQUEST));
        touched.add(interview);
        interview.send(LoggedAnswer.of(answers));
        inFlight.incrementAndGet();
        try {
            api.answer(interview.id(), interview.token(), answers);
        } finally {
            inFlight.decrementAndGet();
        }
        interview.acknowledge();
        acknowledge(answers);
    }

    private void acknowledge(ObjectNode answers) {
        acknowledgedRequests.incrementAndGet();
        acknowledgedAnswers.addAndGet(answers.size());
    }
}
