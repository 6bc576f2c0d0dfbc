package org.spasmcheck.cli.crash;

import java.util.ArrayList;
import java.util.List;

/**
 * One interview the test drives, and what the store must hold for it: every answer whose response came back, in
 * the order sent, and at most one request whose response never came because the server died first. One thread
 * uses it at a time (a driver's worker, then the check after the workers have stopped).
 */
final class Interview {
    private final String id;
    private final String token;
    private final int plannedRequests;
    private final List<LoggedAnswer> expectedLog;
    private List<LoggedAnswer> unconfirmed = List.of();
    private int requests;

    /** An interview whose creation with these initial answers was acknowledged. */
    Interview(String id, String token, List<LoggedAnswer> initialAnswers, int plannedRequests) {
        this.id = id;
        this.token = token;
        this.plannedRequests = plannedRequests;
        this.expectedLog = new ArrayList<>(initialAnswers);
    }

    String id() {
        return id;
    }

    String token() {
        return token;
    }

    /** The driver moves on to a new interview once this one has had its planned answer requests. */
    boolean isComplete() {
        return requests >= plannedRequests;
    }

    /** These answers are about to be sent; until {@link #acknowledge()} their fate is unknown. */
    void send(List<LoggedAnswer> answers) {
        if (!unconfirmed.isEmpty()) {
            throw new IllegalStateException("interview " + id + " still has a request without a response");
        }
        unconfirmed = List.copyOf(answers);
    }

    /** The response came: the answers sent last are stored. */
    void acknowledge() {
        expectedLog.addAll(unconfirmed);
        unconfirmed = List.of();
        requests++;
    }

    /** The check found out whether the request without a response was stored (whole) or not at all. */
    void settle(boolean unconfirmedWasStored) {
        if (unconfirmedWasStored) {
            expectedLog.addAll(unconfirmed);
            requests++;
        }
        unconfirmed = List.of();
    }

    /** Every answer the store must hold, in order (including a request found stored after a kill). */
    List<LoggedAnswer> expectedLog() {
        return List.copyOf(expectedLog);
    }

    /** The answers of the request that got no response, or empty. */
    List<LoggedAnswer> unconfirmed() {
        return unconfirmed;
    }
}
