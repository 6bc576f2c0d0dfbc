package org.spasmcheck.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a bar chart: a round top value and the gridline step. Both renderers use it, so the web chart
 * and the PDF chart have the same gridlines.
 *
 * <p>The step is the smallest of 1, 2, 5, 10, 20, 50... that needs at most {@link #MAX_INTERVALS} intervals; the
 * top is the first multiple of the step at or above the largest bar (at least one step, so an empty chart still
 * has an axis).
 *
 * @param top  the value at the top of the plot
 * @param step the distance between gridlines
 */
public record ChartScale(int top, int step) {
    /** More than five gridlines crowd a chart a few centimetres high. */
    static final int MAX_INTERVALS = 5;
    private static final int[] MANTISSAS = {1, 2, 5};

    public static ChartScale of(BarChart chart) {
        long max = chart.maxValue();
        for (long magnitude = 1; ; magnitude *= 10) {
            for (int m : MANTISSAS) {
                long step = m * magnitude;
                long intervals = Math.max(1, (max + step - 1) / step);
                if (intervals <= MAX_INTERVALS) {
                    return new ChartScale(Math.toIntExact(intervals * step), Math.toIntExact(step));
                }
            }
        }
    }

    /** Gridline values from 0 to the top, inclusive. */
    public List<Integer> ticks() {
        List<Integer> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            ticks.add(v);
        }
        return ticks;
    }

    /** Where a value sits between the bottom (0) and the top (1) of the plot. */
    public double fraction(int value) {
        return (double) value / top;
    }
}
