package org.spasmcheck.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.spasmcheck.report.chart.BarChart;
import org.spasmcheck.report.chart.ChartPalette;
import org.spasmcheck.report.chart.ChartScale;

/**
 * Draws a {@link BarChart} into the PDF the way {@link org.spasmcheck.report.chart.SvgChart} draws it on the web
 * page: same scale and gridlines ({@link ChartScale}), same colours, title on top, the value over each bar, the label
 * under it and the axis label on the left, so the clinician and the person look at the same chart.
 */
final class PdfBarChart {
    /** Room left of the plot for the rotated axis label and the gridline numbers. */
    static final float AXIS_SPACE = 30;
    static final float TITLE_SPACE = 16;
    /** Room under the plot for two lines of bar labels. */
    static final float LABEL_SPACE = 2 * TextStyle.SMALL.leading + 4;
    static final int LABEL_LINES = 2;
    static final float BAR_SHARE = 0.7f;

    private final PageCursor cursor;

    PdfBarChart(PageCursor cursor) {
        this.cursor = cursor;
    }

    /** Draws the chart in the box whose top-left corner is ({@code x}, {@code top}). */
    void draw(BarChart chart, float x, float top, float width, float height) {
        ChartScale scale = ChartScale.of(chart);
        float plotLeft = x + AXIS_SPACE;
        float plotRight = x + width;
        float plotTop = top - TITLE_SPACE - TextStyle.SMALL.leading;
        float plotBottom = top - height + LABEL_SPACE;
        centred(TextStyle.SUBHEADING, chart.title(), x + width / 2, top - TextStyle.SUBHEADING.ascent());
        axis(chart, scale, plotLeft, plotRight, plotTop, plotBottom);
        float slot = (plotRight - plotLeft) / Math.max(1, chart.bars().size());
        for (int i = 0; i < chart.bars().size(); i++) {
            bar(chart.bars().get(i), plotLeft + i * slot, slot, scale, plotTop, plotBottom);
        }
        if (chart.bars().isEmpty()) {
            centred(TextStyle.SMALL, "No episodes", (plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2);
        }
    }

    private void axis(BarChart chart, ChartScale scale, float left, float right, float top, float bottom) {
        for (int tick : scale.ticks()) {
            float y = bottom + (float) scale.fraction(tick) * (top - bottom);
            line(left, y, right, y, Palette.hex(tick == 0 ? ChartPalette.AXIS : ChartPalette.GRID));
            String number = Integer.toString(tick);
            cursor.draw(TextStyle.SMALL, number, left - 4 - width(TextStyle.SMALL, number), y - 3);
        }
        String label = cursor.fonts().showable(TextStyle.SMALL, chart.axisLabel());
        float along = (top + bottom) / 2 - width(TextStyle.SMALL, label) / 2;
        try {
            PDPageContentStream content = cursor.content();
            content.beginText();
            content.setFont(cursor.fonts().font(TextStyle.SMALL), TextStyle.SMALL.size);
            content.setNonStrokingColor(TextStyle.SMALL.color);
            content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, left - AXIS_SPACE + TextStyle.SMALL.size, along));
            content.showText(label);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bar(BarChart.Bar bar, float slotLeft, float slot, ChartScale scale, float top, float bottom) {
        float barWidth = slot * BAR_SHARE;
        float barTop = bottom + (float) scale.fraction(bar.value()) * (top - bottom);
        float centre = slotLeft + slot / 2;
        try {
            PDPageContentStream content = cursor.content();
            content.setNonStrokingColor(Palette.hex(ChartPalette.BAR));
            content.addRect(centre - barWidth / 2, bottom, barWidth, barTop - bottom);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        centred(TextStyle.SMALL, Integer.toString(bar.value()), centre, barTop + 2);
        float baseline = bottom - TextStyle.SMALL.leading;
        for (String line : labelLines(bar.label(), slot)) {
            centred(TextStyle.SMALL, line, centre, baseline);
            baseline -= TextStyle.SMALL.leading;
        }
    }

    /** The label wrapped to its slot, at most two lines, the second cut with an ellipsis if more is left. */
    private List<String> labelLines(String label, float slot) {
        List<String> lines = cursor.wrap(TextStyle.SMALL, label, slot - 2);
        if (lines.size() <= LABEL_LINES) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, LABEL_LINES));
        String last = kept.get(LABEL_LINES - 1);
        while (!last.isEmpty() && width(TextStyle.SMALL, last + "\u2026") > slot - 2) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(LABEL_LINES - 1, last + "\u2026");
        return kept;
    }

    private void centred(TextStyle style, String text, float centre, float baseline) {
        String shown = cursor.fonts().showable(style, text);
        cursor.draw(style, shown, centre - width(style, shown) / 2, baseline);
    }

    private float width(TextStyle style, String showable) {
        return cursor.fonts().width(style, showable);
    }

    private void line(float x1, float y1, float x2, float y2, Color color) {
        try {
            PDPageContentStream content = cursor.content();
            content.setStrokingColor(color);
            content.setLineWidth(0.5f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
