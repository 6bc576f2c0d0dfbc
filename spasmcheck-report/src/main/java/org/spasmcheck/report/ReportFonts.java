package org.spasmcheck.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's fonts: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence, fonts/LICENSE), embedded as
 * subsets. The Standard-14 Helvetica cannot encode ≥, −, → or a person's note in Cyrillic or Greek; DejaVu covers
 * those, and any character it lacks (CJK, emoji) becomes '?' instead of failing the whole report.
 *
 * <p>The font files are read from the jar once; each document parses them again because PDFBox's subsetter
 * consumes the parsed font.
 */
final class ReportFonts {
    static final char REPLACEMENT = '?';
    private static final String DIR = "/org/spasmcheck/report/fonts/";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> regularCovers = new HashMap<>();
    private final Map<Integer, Boolean> boldCovers = new HashMap<>();

    private ReportFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both fonts into the document, to be subset when it is saved. */
    static ReportFonts load(PDDocument doc) throws IOException {
        return new ReportFonts(PDType0Font.load(doc, new ByteArrayInputStream(Files.REGULAR)),
                PDType0Font.load(doc, new ByteArrayInputStream(Files.BOLD)));
    }

    PDType0Font font(TextStyle style) {
        return style.bold ? bold : regular;
    }

    /**
     * The text as the style's font can show it on one line: line breaks and tabs become spaces, and every character
     * without a glyph becomes '?'.
     */
    String showable(TextStyle style, String text) {
        PDType0Font font = font(style);
        Map<Integer, Boolean> covers = style.bold ? boldCovers : regularCovers;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int c = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp;
            if (covers.computeIfAbsent(c, code -> hasGlyph(font, code))) {
                out.appendCodePoint(c);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** Width in points of showable text. */
    float width(TextStyle style, String showable) {
        try {
            return font(style).getStringWidth(showable) / 1000 * style.size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            // PDFBox reports a missing glyph as IllegalArgumentException("No glyph for U+...").
            return false;
        }
    }

    /** The font files, read once per class loader. */
    private static final class Files {
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

        private static byte[] read(String name) {
            try (InputStream in = ReportFonts.class.getResourceAsStream(DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: " + DIR + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name, e);
            }
        }
    }
}
