package org.spasmcheck.report.chart;

import java.util.List;
import java.util.Objects;

/**
 * A bar chart as data, drawn the same way on the web page ({@link SvgChart}) and in the clinician PDF, so both show
 * one chart and a test can check what it says without looking at pixels.
 *
 * @param title       short visible title; its slug also names the SVG's accessibility ids
 * @param description a full plain-English sentence listing every value: what a screen reader says instead of the
 *                    picture, so it must carry all of the chart's information
 * @param axisLabel   what the bar heights count (the visible label of the value axis)
 * @param bars        in drawing order, left to right
 */
public record BarChart(String title, String description, String axisLabel, List<Bar> bars) {

    public BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(axisLabel, "axisLabel");
        bars = List.copyOf(bars);
    }

    /** The largest value, or 0 for a chart without bars. */
    public int maxValue() {
        return bars.stream().mapToInt(Bar::value).max().orElse(0);
    }

    /** The sum of all values (for a diary chart: the episodes it counts). */
    public int total() {
        return bars.stream().mapToInt(Bar::value).sum();
    }

    /** One bar: its category label (may come from the person, so renderers escape it) and a count. */
    public record Bar(String label, int value) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (value < 0) {
                throw new IllegalArgumentException("a bar counts something, so it cannot be negative: " + value);
            }
        }
    }
}
