package org.spasmcheck.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A GitHub-flavoured Markdown table: a header row, then rows of cells; numeric columns are right-aligned. */
public final class MarkdownTable {
    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column names; a name ending in {@code ">"} marks a right-aligned (numeric) column, the mark is dropped. */
    public MarkdownTable(String... columns) {
        header = new ArrayList<>();
        numeric = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            numeric[i] = columns[i].endsWith(">");
            header.add(numeric[i] ? columns[i].substring(0, columns[i].length() - 1) : columns[i]);
        }
    }

    public MarkdownTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell).replace("|", "\\|"));
        }
        rows.add(row);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        List<String> rule = new ArrayList<>();
        for (boolean right : numeric) {
            rule.add(right ? "---:" : "---");
        }
        line(out, rule);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** A number with {@code digits} decimals, in the same notation on every machine. */
    public static String number(double value, int digits) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,." + digits + "f", value) : "n/a";
    }
}
