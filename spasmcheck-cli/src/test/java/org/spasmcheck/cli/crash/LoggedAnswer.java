package org.spasmcheck.cli.crash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spasmcheck.store.AnswerEvent;

/**
 * One answer as the test sent it, or as the store's answer log holds it.
 *
 * @param value the JSON value; null is "don't know"
 */
record LoggedAnswer(String findingId, JsonNode value) {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The answers of one request body, in the order sent (the order the log keeps them in). */
    static List<LoggedAnswer> of(ObjectNode answers) {
        List<LoggedAnswer> out = new ArrayList<>();
        answers.properties().forEach(e -> out.add(new LoggedAnswer(e.getKey(), e.getValue())));
        return out;
    }

    /** A SET entry of the store's log (the test never takes an answer back, so there is no CLEAR). */
    static LoggedAnswer of(AnswerEvent event) {
        if (event.operation() != AnswerEvent.Operation.SET) {
            throw new AssertionError("log entry " + event.sequence() + " is a " + event.operation()
                    + ", but the test only sets answers");
        }
        try {
            JsonNode value = event.valueJson() == null ? NullNode.instance : JSON.readTree(event.valueJson());
            return new LoggedAnswer(event.findingId(), value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("log entry " + event.sequence() + " is not JSON", e);
        }
    }

    /**
     * The same answer to the same finding. The store keeps numbers as decimals (45 comes back as 45.0) and
     * multiple choices as a set in its own order, so those compare by value.
     */
    boolean sameAs(LoggedAnswer other) {
        return findingId.equals(other.findingId) && sameValue(value, other.value);
    }

    static boolean sameValue(JsonNode sent, JsonNode stored) {
        if (sent.isNumber() && stored.isNumber()) {
            return sent.decimalValue().compareTo(stored.decimalValue()) == 0;
        }
        if (sent.isArray() && stored.isArray()) {
            return sent.size() == stored.size() && texts(sent).equals(texts(stored));
        }
        return sent.equals(stored);
    }

    /** Two logs hold the same answers in the same order. */
    static boolean sameLog(List<LoggedAnswer> expected, List<LoggedAnswer> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).sameAs(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }

    @Override
    public String toString() {
        return findingId + "=" + value;
    }
}
