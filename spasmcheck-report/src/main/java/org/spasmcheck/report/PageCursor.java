package org.spasmcheck.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes the report top to bottom on A4 pages and starts a new page when the next block does not fit. PDFBox draws
 * at coordinates; this keeps the "where am I" arithmetic in one place so the section writers only say what comes
 * next. Blocks that belong together (a heading and its first lines, one table row) are never split across pages.
 */
final class PageCursor {
    static final PDRectangle PAGE = PDRectangle.A4;
    /** 15 mm: printable on every office printer. */
    static final float MARGIN = 42.5f;
    static final float LEFT = MARGIN;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    static final float TOP = PAGE.getHeight() - MARGIN;
    /** Space kept at the bottom of each page for the footer. */
    static final float FOOTER_SPACE = 14;
    static final float BOTTOM = MARGIN + FOOTER_SPACE;
    /** Lines of text that must follow a heading on the same page, so a heading never ends a page. */
    static final int LINES_AFTER_HEADING = 3;
    /** Air above a section heading and a sub-heading, and the hanging indent of a bullet's text. */
    static final float SPACE_BEFORE_HEADING = 8;
    static final float SPACE_BEFORE_SUBHEADING = 3;
    static final float BULLET_HANG = 10;
    /** Gap between a heading's baseline area and its rule, and between the rule and the text below. */
    static final float RULE_OFFSET = 2;
    static final float SPACE_AFTER_RULE = 4;
    /** Inner padding of the triage band. */
    static final float BAND_PADDING = 6;

    private final PDDocument doc;
    private final ReportFonts fonts;
    private PDPageContentStream content;
    private float y;

    PageCursor(PDDocument doc, ReportFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
        newPage();
    }

    ReportFonts fonts() {
        return fonts;
    }

    PDPageContentStream content() {
        return content;
    }

    /** A section heading with a thin rule under it, kept with the lines that follow. */
    void heading(String text) {
        gap(y < TOP ? SPACE_BEFORE_HEADING : 0);
        keepTogether(TextStyle.HEADING.leading + SPACE_AFTER_RULE + LINES_AFTER_HEADING * TextStyle.BODY.leading);
        paragraph(TextStyle.HEADING, text, 0);
        rule(y + RULE_OFFSET, Palette.RULE);
        gap(SPACE_AFTER_RULE);
    }

    /** A sub-heading inside a section, kept with the two lines that follow. */
    void subheading(String text) {
        gap(SPACE_BEFORE_SUBHEADING);
        keepTogether(TextStyle.SUBHEADING.leading + 2 * TextStyle.TABLE.leading);
        paragraph(TextStyle.SUBHEADING, text, 0);
    }

    /** Wrapped text; each line may start a new page. */
    void paragraph(TextStyle style, String text, float indent) {
        for (String line : wrap(style, text, WIDTH - indent)) {
            keepTogether(style.leading);
            draw(style, line, LEFT + indent, y - style.ascent());
            y -= style.leading;
        }
    }

    /** A bullet with a hanging indent: "•" at {@code indent}, the text wrapped beside it. */
    void bullet(TextStyle style, String text, float indent) {
        List<String> lines = wrap(style, text, WIDTH - indent - BULLET_HANG);
        keepTogether(style.leading);
        draw(style, "\u2022", LEFT + indent, y - style.ascent());
        for (String line : lines) {
            keepTogether(style.leading);
            draw(style, line, LEFT + indent + BULLET_HANG, y - style.ascent());
            y -= style.leading;
        }
    }

    /** One table row: each cell wrapped in its column; the row is as tall as its tallest cell and never split. */
    void row(List<Cell> cells) {
        List<List<String>> wrapped = new ArrayList<>();
        float height = 0;
        for (Cell c : cells) {
            List<String> lines = wrap(c.style(), c.text(), c.column().width());
            wrapped.add(lines);
            height = Math.max(height, lines.size() * c.style().leading);
        }
        keepTogether(height);
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            float lineTop = y;
            for (String line : wrapped.get(i)) {
                float x = LEFT + c.column().x();
                if (c.column().alignRight()) {
                    x += c.column().width() - fonts.width(c.style(), line);
                }
                draw(c.style(), line, x, lineTop - c.style().ascent());
                lineTop -= c.style().leading;
            }
        }
        y -= height;
    }

    /** A full-width coloured band with one line of white text (the triage level). */
    void band(String text, Color fill) {
        TextStyle style = TextStyle.BAND;
        List<String> lines = wrap(style, text, WIDTH - 2 * BAND_PADDING);
        float height = lines.size() * style.leading + BAND_PADDING;
        keepTogether(height);
        try {
            content.setNonStrokingColor(fill);
            content.addRect(LEFT, y - height, WIDTH, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float lineTop = y - BAND_PADDING / 2;
        for (String line : lines) {
            draw(style, line, LEFT + BAND_PADDING, lineTop - style.ascent());
            lineTop -= style.leading;
        }
        y -= height;
    }

    /** Vertical space; never carries over to a new page. */
    void gap(float points) {
        y = Math.max(BOTTOM, y - points);
    }

    /**
     * Space for a drawing of this height (a chart), on a new page if needed.
     *
     * @return the top of the reserved space; the cursor is moved below it
     */
    float reserve(float height) {
        keepTogether(height);
        float top = y;
        y -= height;
        return top;
    }

    /** Starts a new page unless this much space is left on the current one. */
    void keepTogether(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    /** Closes the last page and writes "page n of m" and the identification line at the foot of every page. */
    void finish(String footer) {
        close();
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = foot;
                float baseline = MARGIN - TextStyle.SMALL.size;
                draw(TextStyle.SMALL, footer, LEFT, baseline);
                String page = "page " + (i + 1) + " of " + pages;
                draw(TextStyle.SMALL, page, LEFT + WIDTH - fonts.width(TextStyle.SMALL, page), baseline);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        content = null;
    }

    List<String> wrap(TextStyle style, String text, float width) {
        return LineWrapper.wrap(text, width, s -> fonts.width(style, fonts.showable(style, s))).stream()
                .map(line -> fonts.showable(style, line)).toList();
    }

    /** Draws one line of text whose baseline is at {@code baseline}. */
    void draw(TextStyle style, String line, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(fonts.font(style), style.size);
            content.setNonStrokingColor(style.color);
            content.newLineAtOffset(x, baseline);
            content.showText(fonts.showable(style, line));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float atY, Color color) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(0.6f);
            content.moveTo(LEFT, atY);
            content.lineTo(LEFT + WIDTH, atY);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        close();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try {
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    private void close() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A table column: its left edge relative to the margin, its width, and whether numbers align right. */
    record Column(float x, float width, boolean alignRight) {
        static Column left(float x, float width) {
            return new Column(x, width, false);
        }

        static Column right(float x, float width) {
            return new Column(x, width, true);
        }

        /** From {@code x} to the right margin. */
        static Column rest(float x) {
            return new Column(x, WIDTH - x, false);
        }
    }

    /** One cell of a row. */
    record Cell(Column column, TextStyle style, String text) {
    }
}
