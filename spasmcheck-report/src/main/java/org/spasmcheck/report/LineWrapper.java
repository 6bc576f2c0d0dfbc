package org.spasmcheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping by measured width. PDF has no text flow, so every paragraph is broken into lines here.
 * Pure (the width function comes in), so it is tested without fonts.
 */
final class LineWrapper {
    /** Characters after which a word too long for a line is preferably cut. */
    static final String BREAK_AFTER = "_-/.";

    /** The width of a piece of text in points. */
    @FunctionalInterface
    interface Measure {
        float width(String text);
    }

    private LineWrapper() {
    }

    /**
     * Lines no wider than {@code width}: words are kept whole where they fit; a word wider than a line (a URL, an
     * id) is cut between characters; a line break in the text starts a new line. Never returns an empty list.
     */
    static List<String> wrap(String text, float width, Measure measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(paragraph.strip(), width, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, float width, Measure measure, List<String> lines) {
        String line = "";
        for (String word : paragraph.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure.width(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (measure.width(line) > width && line.codePointCount(0, line.length()) > 1) {
                int cut = longestFittingPrefix(line, width, measure);
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        lines.add(line);
    }

    /**
     * The end index of the longest prefix that fits, at least one character, never splitting a surrogate pair; cut
     * after the last '_', '-', '/' or '.' in it if there is one, so an id like "long_term_steroids" breaks between
     * its parts.
     */
    private static int longestFittingPrefix(String word, float width, Measure measure) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (measure.width(word.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        for (int i = end - 1; i > 0; i--) {
            if (BREAK_AFTER.indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return end;
    }
}
