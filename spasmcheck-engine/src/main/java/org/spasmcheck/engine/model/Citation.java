package org.spasmcheck.engine.model;

import java.util.List;

/**
 * Where a number comes from: source keys, or the reason it had to be estimated, or both (a source anchors the
 * number and the estimate says how it was adapted). At least one is present.
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

    /** True when no source backs the number: it is an estimate only. */
    public boolean isEstimate() {
        return sources.isEmpty();
    }

    /** Source keys joined for display, or "estimate". */
    public String label() {
        return isEstimate() ? "estimate" : String.join(", ", sources);
    }
}
