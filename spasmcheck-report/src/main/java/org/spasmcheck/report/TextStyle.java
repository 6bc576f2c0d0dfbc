package org.spasmcheck.report;

import java.awt.Color;

/**
 * The few text styles of the report. Nothing is smaller than 8 pt: the report fits its pages by showing fewer
 * items, never by shrinking text a clinician has to read.
 */
enum TextStyle {
    TITLE(true, 17, 21, Palette.HEADING),
    HEADING(true, 12.5f, 16, Palette.HEADING),
    SUBHEADING(true, 9.5f, 12, Palette.TEXT),
    BODY(false, 9, 11.5f, Palette.TEXT),
    BODY_BOLD(true, 9, 11.5f, Palette.TEXT),
    TABLE(false, 8.5f, 10.5f, Palette.TEXT),
    TABLE_BOLD(true, 8.5f, 10.5f, Palette.TEXT),
    TABLE_MUTED(false, 8.5f, 10.5f, Palette.MUTED),
    SMALL(false, 8, 10, Palette.MUTED),
    BAND(true, 10, 13, Color.WHITE);

    static final float MIN_SIZE = 8;

    final boolean bold;
    final float size;
    /** Baseline-to-baseline distance. */
    final float leading;
    final Color color;

    TextStyle(boolean bold, float size, float leading, Color color) {
        this.bold = bold;
        this.size = size;
        this.leading = leading;
        this.color = color;
    }

    /** From the top of a line box to its baseline: DejaVu Sans' ascent is about 0.76 em, plus a little air. */
    float ascent() {
        return size * 0.8f;
    }
}
