package org.spasmcheck.report.chart;

import java.time.LocalTime;

/**
 * Six four-hour blocks of the day, from midnight. Four hours is coarse enough for a diary of a few dozen episodes to
 * show a pattern and fine enough to tell nocturnal cramps (night and early morning) from exercise-related ones.
 * Each block includes its first hour and excludes its last.
 */
enum DayPart {
    NIGHT(0, "at night"),
    EARLY_MORNING(4, "in the early morning"),
    MORNING(8, "in the morning"),
    AFTERNOON(12, "in the afternoon"),
    EVENING(16, "in the evening"),
    LATE_EVENING(20, "in the late evening");

    static final int HOURS = 4;

    private final int fromHour;
    private final String when;

    DayPart(int fromHour, String when) {
        this.fromHour = fromHour;
        this.when = when;
    }

    static DayPart of(LocalTime time) {
        return values()[time.getHour() / HOURS];
    }

    /** The bar label: the hours, "0–4" (en dash). */
    String label() {
        return fromHour + "\u2013" + (fromHour + HOURS);
    }

    /** For the spoken description: "at night (0 to 4 h)". */
    String spoken() {
        return when + " (" + fromHour + " to " + (fromHour + HOURS) + " h)";
    }
}
