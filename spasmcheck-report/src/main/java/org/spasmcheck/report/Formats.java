package org.spasmcheck.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.spasmcheck.engine.model.Citation;

/** How numbers, times and sources read in the report; one place, so every section writes them alike. */
final class Formats {
    /** The report names the knowledge base by this many hex digits of its SHA-256, enough to tell versions apart. */
    static final int HASH_DIGITS = 12;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private Formats() {
    }

    /** A probability as a percentage with one decimal ("40.1%"); a non-zero share that rounds to 0 reads "<0.1%". */
    static String percent(double probability) {
        if (probability > 0 && probability < 0.0005) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * probability);
    }

    /** A likelihood ratio with two decimals, as the CLI and the JSON show it. */
    static String lr(double ratio) {
        return String.format(Locale.ROOT, "LR %.2f", ratio);
    }

    static String minute(Instant instant, ZoneId zone) {
        return MINUTE.format(instant.atZone(zone));
    }

    static String hash(String sha256) {
        return sha256.length() <= HASH_DIGITS ? sha256 : sha256.substring(0, HASH_DIGITS);
    }

    /** Source keys, "estimate" for a number without a source, or "no source" when nothing is recorded. */
    static String sources(Citation citation) {
        return citation == null ? "no source" : citation.label();
    }

    /** Where a list was cut to fit the pages: "... and 4 more". */
    static String more(int hidden) {
        return "... and " + hidden + " more";
    }

    /** The first {@code limit} items; the caller says how many were left out. */
    static <T> List<T> first(List<T> items, int limit) {
        return items.size() <= limit ? items : items.subList(0, limit);
    }
}
