package org.spasmcheck.report.chart;

import java.util.List;
import java.util.Locale;

/**
 * A {@link BarChart} as a self-contained inline SVG for the web page: no script, no external references, no event
 * handlers, so it can be embedded under a strict Content-Security-Policy and in an e-mail.
 *
 * <p>Accessibility: {@code role="img"} with {@code aria-labelledby} naming its {@code <title>} and {@code <desc>};
 * the description is the chart's full sentence, so a screen reader hears every value. The picture itself repeats
 * each value as text over its bar, so nothing depends on reading bar heights or colour.
 *
 * <p>Labels may come from the person (a muscle group they typed), so every text is XML-escaped and characters XML
 * cannot carry are replaced with '?'.
 */
public final class SvgChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 260;
    static final int TITLE_SIZE = 14;
    static final int TEXT_SIZE = 11;
    /** Left of the plot: the rotated axis label and the gridline numbers. */
    static final int PLOT_LEFT = 52;
    static final int PLOT_RIGHT = WIDTH - 12;
    static final int PLOT_TOP = 44;
    static final int PLOT_BOTTOM = HEIGHT - 44;
    /** Labels wrap at most to this many lines under their bar; the rest is cut with an ellipsis (the desc has it all). */
    static final int LABEL_LINES = 2;
    /** Average advance of a sans-serif character as a share of the font size, to wrap labels without a font. */
    static final double CHAR_WIDTH_EM = 0.56;
    static final double BAR_SHARE = 0.7;

    private SvgChart() {
    }

    public static String svg(BarChart chart) {
        String id = "chart-" + slug(chart.title());
        ChartScale scale = ChartScale.of(chart);
        StringBuilder s = new StringBuilder(2048);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" font-size=\"")
                .append(TEXT_SIZE).append("\" fill=\"").append(ChartPalette.TEXT).append("\">\n");
        s.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(chart.title())).append("</title>\n");
        s.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(chart.description())).append("</desc>\n");
        s.append("<text class=\"chart-title\" x=\"").append(WIDTH / 2).append("\" y=\"").append(TITLE_SIZE + 4)
                .append("\" text-anchor=\"middle\" font-size=\"").append(TITLE_SIZE).append("\" font-weight=\"bold\">")
                .append(Xml.escape(chart.title())).append("</text>\n");
        axis(s, chart, scale);
        if (chart.bars().isEmpty()) {
            s.append("<text x=\"").append((PLOT_LEFT + PLOT_RIGHT) / 2).append("\" y=\"")
                    .append((PLOT_TOP + PLOT_BOTTOM) / 2).append("\" text-anchor=\"middle\">No episodes</text>\n");
        }
        double slot = (double) (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, chart.bars().size());
        for (int i = 0; i < chart.bars().size(); i++) {
            bar(s, chart.bars().get(i), PLOT_LEFT + i * slot, slot, scale);
        }
        return s.append("</svg>\n").toString();
    }

    /** Gridlines with their values, the baseline, and the rotated axis label. */
    private static void axis(StringBuilder s, BarChart chart, ChartScale scale) {
        s.append("<g class=\"axis\">\n");
        for (int tick : scale.ticks()) {
            String y = num(yOf(scale, tick));
            s.append("<line x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(PLOT_RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"")
                    .append(tick == 0 ? ChartPalette.AXIS : ChartPalette.GRID).append("\" stroke-width=\"1\"/>\n");
            s.append("<text x=\"").append(PLOT_LEFT - 6).append("\" y=\"").append(num(yOf(scale, tick) + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(ChartPalette.AXIS).append("\">").append(tick)
                    .append("</text>\n");
        }
        int middle = (PLOT_TOP + PLOT_BOTTOM) / 2;
        s.append("<text class=\"axis-label\" x=\"14\" y=\"").append(middle).append("\" transform=\"rotate(-90 14 ")
                .append(middle).append(")\" text-anchor=\"middle\">").append(Xml.escape(chart.axisLabel()))
                .append("</text>\n</g>\n");
    }

    private static void bar(StringBuilder s, BarChart.Bar bar, double slotLeft, double slot, ChartScale scale) {
        double width = slot * BAR_SHARE;
        double x = slotLeft + (slot - width) / 2;
        double top = yOf(scale, bar.value());
        double centre = slotLeft + slot / 2;
        s.append("<g class=\"bar\">\n");
        s.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(top)).append("\" width=\"").append(num(width))
                .append("\" height=\"").append(num(PLOT_BOTTOM - top)).append("\" fill=\"").append(ChartPalette.BAR)
                .append("\"/>\n");
        s.append("<text class=\"value\" x=\"").append(num(centre)).append("\" y=\"").append(num(top - 4))
                .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(bar.value()).append("</text>\n");
        s.append("<text class=\"label\" x=\"").append(num(centre)).append("\" y=\"").append(PLOT_BOTTOM + TEXT_SIZE + 4)
                .append("\" text-anchor=\"middle\">");
        List<String> lines = LabelLines.wrap(bar.label(), (int) (slot / (TEXT_SIZE * CHAR_WIDTH_EM)), LABEL_LINES);
        for (int i = 0; i < lines.size(); i++) {
            s.append("<tspan x=\"").append(num(centre)).append("\" dy=\"").append(i == 0 ? 0 : TEXT_SIZE + 2)
                    .append("\">").append(Xml.escape(lines.get(i))).append("</tspan>");
        }
        s.append("</text>\n</g>\n");
    }

    private static double yOf(ChartScale scale, int value) {
        return PLOT_BOTTOM - scale.fraction(value) * (PLOT_BOTTOM - PLOT_TOP);
    }

    /** Coordinates with at most one decimal, in a locale-independent form. */
    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** "Episodes per week" as "episodes-per-week": lowercase ASCII letters and digits joined by single dashes. */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
