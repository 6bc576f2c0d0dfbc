package org.spasmcheck.report;

import java.awt.Color;
import org.spasmcheck.engine.model.TriageLevel;

/**
 * Report colours. Text colours keep at least 4.5:1 contrast on white (WCAG 2.2, 1.4.3), also when printed in
 * grey; triage colours only back up the level's words, never replace them.
 */
final class Palette {
    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color HEADING = new Color(0x1f, 0x3a, 0x5f);
    static final Color RULE = new Color(0xbf, 0xbf, 0xbf);
    static final Color WARNING = new Color(0x9b, 0x1c, 0x1c);

    private Palette() {
    }

    /** The band behind the triage level: red for emergencies, amber-brown for 24 hours, blue, then green. */
    static Color of(TriageLevel level) {
        return switch (level) {
            case EMERGENCY_AMBULANCE, EMERGENCY -> new Color(0x9b, 0x1c, 0x1c);
            case CONSULTATION_24 -> new Color(0x8a, 0x4b, 0x08);
            case CONSULTATION -> new Color(0x1f, 0x4e, 0x79);
            case SELF_CARE -> new Color(0x2e, 0x6b, 0x30);
        };
    }

    /** "#2f5f8a" as a colour (the chart palette is shared with the SVG as hex). */
    static Color hex(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
