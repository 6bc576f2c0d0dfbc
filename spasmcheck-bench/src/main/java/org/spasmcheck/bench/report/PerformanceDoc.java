package org.spasmcheck.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Rewrites the measured parts of {@code docs/PERFORMANCE.md}: each lies between {@code <!-- bench:NAME -->} and
 * {@code <!-- /bench:NAME -->}, and everything outside the markers (the prose, the analysis) is left as written.
 */
public final class PerformanceDoc {
    private PerformanceDoc() {
    }

    /** Replaces each named section's content; every section must already have its markers in the document. */
    public static String replaceSections(String document, Map<String, String> sections) {
        String result = document;
        for (Map.Entry<String, String> section : sections.entrySet()) {
            result = replace(result, section.getKey(), section.getValue());
        }
        return result;
    }

    public static void rewrite(Path file, Map<String, String> sections) throws IOException {
        String document = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, replaceSections(document, sections), StandardCharsets.UTF_8);
    }

    private static String replace(String document, String name, String content) {
        String open = "<!-- bench:" + name + " -->";
        String close = "<!-- /bench:" + name + " -->";
        int start = document.indexOf(open);
        int end = document.indexOf(close);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the document has no section " + name + ": add the lines " + open
                    + " and " + close + " where its table belongs");
        }
        String body = content.endsWith("\n") ? content : content + "\n";
        return document.substring(0, start + open.length()) + "\n" + body + document.substring(end);
    }
}
