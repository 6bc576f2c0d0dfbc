package org.spasmcheck.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers given so far, in the order given. A finding that is not here was not asked;
 * a finding answered "don't know" is here as {@link Value.Unknown}. Neither counts as "no".
 */
public record Evidence(Map<String, Value> answers) {
    public static final Evidence EMPTY = new Evidence(Map.of());

    public Evidence {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public Optional<Value> value(String findingId) {
        return Optional.ofNullable(answers.get(findingId));
    }

    /** True when the finding was asked, whatever the answer (including "don't know"). */
    public boolean isAnswered(String findingId) {
        return answers.containsKey(findingId);
    }

    /** A known answer: present and not "don't know". */
    public Optional<Value> known(String findingId) {
        return value(findingId).filter(v -> !(v instanceof Value.Unknown));
    }

    /** A new evidence with this answer added or replacing an earlier answer to the same finding (moved to the end). */
    public Evidence with(String findingId, Value value) {
        Map<String, Value> copy = new LinkedHashMap<>(answers);
        copy.remove(findingId);
        copy.put(findingId, value);
        return new Evidence(copy);
    }

    public Evidence without(String findingId) {
        Map<String, Value> copy = new LinkedHashMap<>(answers);
        copy.remove(findingId);
        return new Evidence(copy);
    }

    public int size() {
        return answers.size();
    }
}
