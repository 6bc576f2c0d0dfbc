package org.spasmcheck.store;

import java.time.Instant;
import java.util.Arrays;

/**
 * One entry of an assessment's append-only answer log. Entries are never changed or deleted: a changed answer is a
 * new SET for the same finding, "undo the last answer" is a CLEAR of that finding.
 *
 * @param sequence  1, 2, 3 ... within the assessment, assigned by the repository
 * @param valueJson the answer as JSON (true/false, "option", ["a","b"], a number, or null for "don't know");
 *                  null for CLEAR
 * @param origin    who gave the answer, so that a report can tell what the person said from what their diary
 *                  suggested
 */
public record AnswerEvent(long sequence, String findingId, Operation operation, String valueJson, Instant recordedAt,
                          Origin origin) {

    public enum Operation { SET, CLEAR }

    /** Who gave an answer; stored as its {@link #id()}. */
    public enum Origin {
        /** The person answered the question. */
        PERSON("person"),
        /** Filled in from the episodes in the person's diary. */
        DIARY("diary");

        private final String id;

        Origin(String id) {
            this.id = id;
        }

        /** As stored in {@code answer_event.origin}. */
        public String id() {
            return id;
        }

        /** @throws IllegalArgumentException if no origin has this id */
        public static Origin fromId(String id) {
            return Arrays.stream(values())
                    .filter(origin -> origin.id.equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown answer origin \"" + id + "\"; allowed: "
                            + String.join(", ", Arrays.stream(values()).map(Origin::id).toList())));
        }
    }

    /** A new SET entry given by the person; the repository assigns the sequence number. */
    public static AnswerEvent set(String findingId, String valueJson, Instant at) {
        return new AnswerEvent(0, findingId, Operation.SET, valueJson, at, Origin.PERSON);
    }

    /** A new SET entry filled in from the person's diary; the repository assigns the sequence number. */
    public static AnswerEvent setFromDiary(String findingId, String valueJson, Instant at) {
        return new AnswerEvent(0, findingId, Operation.SET, valueJson, at, Origin.DIARY);
    }

    /** A new CLEAR entry (the person took an answer back); the repository assigns the sequence number. */
    public static AnswerEvent clear(String findingId, Instant at) {
        return new AnswerEvent(0, findingId, Operation.CLEAR, null, at, Origin.PERSON);
    }
}
