package org.spasmcheck.engine.model;

import java.util.Arrays;
import java.util.Optional;

/** What the evidence says about doing something. Rejected advice is stated, with its reason. */
public enum Recommendation {
    RECOMMENDED("recommended"), OPTION("option"), NOT_RECOMMENDED("not_recommended"), AVOID("avoid");

    private final String id;

    Recommendation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isAdvised() {
        return this == RECOMMENDED || this == OPTION;
    }

    public static Optional<Recommendation> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static String allowedIds() {
        return String.join(", ", Arrays.stream(values()).map(Recommendation::id).toList());
    }
}
