package org.spasmcheck.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How long a suite runs: the whole measurement, or a tiny run that only proves the harness works. */
public enum SuiteMode {
    /** Every scenario at every level, with warm-up, for the figures in docs/PERFORMANCE.md. */
    FULL,
    /** A few requests per scenario: checks that the harness runs, never a speed. */
    SMOKE;

    /** The mode named by a command-line argument (any case); FULL when there is none. */
    public static SuiteMode fromArgs(String[] args) {
        if (args.length == 0) {
            return FULL;
        }
        String name = args[0].toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mode '" + args[0] + "'; allowed: "
                        + Arrays.stream(values()).map(m -> m.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }
}
