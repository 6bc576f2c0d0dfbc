package org.spasmcheck.report.chart;

/** XML text and attribute escaping for SVG built as a string. */
final class Xml {
    private Xml() {
    }

    /**
     * Escapes the five markup characters and replaces what XML 1.0 cannot carry at all (control characters other
     * than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) with '?', so text from a person can never break the
     * document or inject markup.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowed(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append('?');
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
