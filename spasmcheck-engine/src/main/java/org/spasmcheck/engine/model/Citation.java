package org.spasmcheck.engine.model;

import java.util.List;

/**
 * Where a number comes from: source keys, or the reason it had to be estimated.
 * Exactly one of the two is present.
 */
public record Citation(List<String> sources, String estimate) {
    public Citation {
        sources = List.copyOf(sources);
    }

    public static Citation of(String... keys) {
        return new Citation(List.of(keys), null);
    }

    public static Citation estimated(String reason) {
        return new Citation(List.of(), reason);
    }

    public boolean isEstimate() {
        return estimate != null;
    }

    /** Source keys joined for display, or "estimate". */
    public String label() {
        return isEstimate() ? "estimate" : String.join(", ", sources);
    }
}
