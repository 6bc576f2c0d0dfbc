package org.spasmcheck.engine.model;

import java.util.Arrays;
import java.util.Optional;

/** How a finding is answered (vocabulary.yaml). */
public enum FindingType {
    BOOLEAN("boolean"), CHOICE("choice"), MULTI_CHOICE("multi_choice"), NUMBER("number");

    private final String id;

    FindingType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FindingType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
