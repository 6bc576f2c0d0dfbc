package org.spasmcheck.knowledge;

/**
 * An answer that cannot be used: names the field, what is wrong, and the allowed values.
 *
 * @param field the finding id (or JSON field) at fault
 */
public record EvidenceProblem(String field, String message, String allowed) {
    public String format() {
        return "'" + field + "': " + message + (allowed == null ? "" : "; allowed: " + allowed);
    }
}
