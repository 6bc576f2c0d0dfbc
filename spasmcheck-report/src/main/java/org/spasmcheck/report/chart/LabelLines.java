package org.spasmcheck.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a bar label into a few short lines by character count. SVG has no text wrapping, and the label must not run
 * into its neighbours; the chart's description keeps the full text for screen readers.
 */
final class LabelLines {
    static final String ELLIPSIS = "\u2026";

    private LabelLines() {
    }

    /**
     * Words are kept whole where they fit; a word longer than a line is cut. When the label needs more than
     * {@code maxLines}, the last line ends with an ellipsis.
     */
    static List<String> wrap(String label, int maxChars, int maxLines) {
        int width = Math.max(2, maxChars);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (rest.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(rest.substring(0, width));
                rest = rest.substring(width);
            }
            line.append(line.isEmpty() ? "" : " ").append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        kept.set(maxLines - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + ELLIPSIS);
        return kept;
    }
}
