package org.spasmcheck.report.chart;

import java.util.List;

/** English list phrasing for chart descriptions, which a screen reader reads aloud as a sentence. */
final class Sentences {
    private Sentences() {
    }

    /** "a", "a and b", "a, b and c"; empty for no items. */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
