package org.spasmcheck.knowledge;

/**
 * One problem found in the knowledge base, with where it is and how to fix it.
 *
 * @param file       path of the file, relative to the knowledge-base directory
 * @param path       where in the file, e.g. {@code likelihood_ratios[3].lr_pos}
 * @param suggestion how to fix it
 */
public record ValidationIssue(Level level, String file, String path, String message, String suggestion) {
    public enum Level { ERROR, WARNING }

    /** One line: {@code ERROR conditions/x.yaml likelihood_ratios[3]: message (fix: suggestion)}. */
    public String format() {
        return level + " " + file + (path.isEmpty() ? "" : " " + path) + ": " + message
                + (suggestion == null || suggestion.isEmpty() ? "" : " (fix: " + suggestion + ")");
    }
}
