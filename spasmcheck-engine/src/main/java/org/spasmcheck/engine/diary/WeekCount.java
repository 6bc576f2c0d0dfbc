package org.spasmcheck.engine.diary;

import java.time.LocalDate;

/**
 * Episodes in one 7-day window.
 *
 * @param start    the window's first day
 * @param observed false when the diary's first episode came after this window (nothing was written down yet, which
 *                 is not the same as no cramps)
 */
public record WeekCount(LocalDate start, int episodes, boolean observed) {
}
