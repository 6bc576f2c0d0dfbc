package org.spasmcheck.report;

import java.util.List;

/**
 * How many items each list of the report shows. The report must fit three A4 pages, and it gets there by showing
 * fewer items (saying "... and N more"), never by smaller type. {@link PdfReport} tries the presets in order and
 * keeps the first that fits.
 *
 * @param causes            conditions listed in the differential
 * @param reasons           findings for, and findings against, listed under each condition
 * @param rulesWithReason   fired rules shown with their reason; the rest are named by id and source
 * @param workupConditions  conditions of the care plan whose workup is shown
 * @param workupItems       workup items per condition
 * @param answersPerKind    answers per finding kind (known answers first, then unknown, then no)
 * @param diaryLines        summary lines, and escalation lines, of the diary
 * @param notes             the person's episode notes quoted, newest first
 */
record Limits(int causes, int reasons, int rulesWithReason, int workupConditions, int workupItems,
              int answersPerKind, int diaryLines, int notes) {

    static final List<Limits> PRESETS = List.of(
            new Limits(5, 4, 12, 3, 5, 45, 10, 6),
            new Limits(5, 3, 8, 3, 4, 26, 8, 4),
            new Limits(4, 2, 5, 2, 3, 14, 6, 3),
            new Limits(3, 2, 3, 2, 2, 8, 4, 2));
}
