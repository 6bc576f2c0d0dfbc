package org.spasmcheck.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates on pages, in words ("4 December 2026"), in UTC so that every reader sees the same day. */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    static String day(Instant at) {
        return DAY.format(at);
    }
}
