package org.spasmcheck.report.chart;

/**
 * The colours both chart renderers use, as RGB hex. The bar blue and the text colour keep a contrast ratio above
 * 4.5:1 on white (WCAG 2.2, 1.4.11 non-text contrast asks 3:1), and the chart never relies on colour alone: every
 * bar carries its value as text.
 */
public final class ChartPalette {
    public static final String BAR = "#2f5f8a";
    public static final String TEXT = "#1a1a1a";
    public static final String AXIS = "#595959";
    public static final String GRID = "#d9d9d9";

    private ChartPalette() {
    }
}
