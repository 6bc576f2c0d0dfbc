package org.spasmcheck.server.api;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each field at fault and its allowed values.
 *
 * @param type   a URI reference identifying the problem type (relative to the API, e.g. /problems/invalid-answer)
 * @param errors one entry per field at fault (may be empty)
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public Problem {
        errors = List.copyOf(errors);
    }

    /** A field at fault: its name (a finding id or JSON field), what is wrong, and what is allowed. */
    public record FieldError(String field, String message, String allowed) {
    }
}
