package org.spasmcheck.store;

import java.time.Instant;

/**
 * One entry of an assessment's append-only answer log. Entries are never changed or deleted: a changed answer is a
 * new SET for the same finding, "undo the last answer" is a CLEAR of that finding.
 *
 * @param sequence  1, 2, 3 ... within the assessment, assigned by the repository
 * @param valueJson the answer as JSON (true/false, "option", ["a","b"], a number, or null for "don't know");
 *                  null for CLEAR
 */
public record AnswerEvent(long sequence, String findingId, Operation operation, String valueJson, Instant recordedAt) {

    public enum Operation { SET, CLEAR }

    /** A new SET entry; the repository assigns the sequence number. */
    public static AnswerEvent set(String findingId, String valueJson, Instant at) {
        return new AnswerEvent(0, findingId, Operation.SET, valueJson, at);
    }

    /** A new CLEAR entry; the repository assigns the sequence number. */
    public static AnswerEvent clear(String findingId, Instant at) {
        return new AnswerEvent(0, findingId, Operation.CLEAR, null, at);
    }
}
