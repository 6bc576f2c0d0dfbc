package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spasmcheck.server.service.Precondition;
import org.spasmcheck.server.service.SessionAssessment;

/**
 * The version of an assessment that a change was made against, as the client gave it, and the problem to answer
 * when it is no longer current.
 *
 * <p>Two ways to give it, one per request: the assessment's {@code version} (the {@code version} member of the
 * answers body, or {@code ?version=} on undo), refused with 409 Conflict; or its entity tag in {@code If-Match}
 * (RFC 9110 section 13.1.1), refused with 412 Precondition Failed as that section requires. Both refusals carry the
 * assessment as it is now. Without either, the change is applied to the current state.
 *
 * @param precondition what the service checks
 * @param source       how the client gave it, which decides the status of a refusal
 */
record ExpectedVersion(Precondition precondition, Source source) {
    static final String IF_MATCH = "If-Match";
    static final String FIELD = "version";
    static final String ALLOWED = "a whole number from 0: the 'version' of the assessment as last read";
    static final ExpectedVersion NONE = new ExpectedVersion(Precondition.NONE, Source.NONE);

    /** One entity tag of an If-Match list: optional weakness prefix, then a quoted opaque tag (RFC 9110 8.8.3). */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7e\\x80-\\xff]*)\"");
    /** Versions are longs; 18 digits always fit. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    /** How much of a malformed value a problem quotes back. */
    private static final int SHOWN = 40;

    enum Source { NONE, VERSION, IF_MATCH }

    /** The strong entity tag of an assessment at this version, as sent in ETag. */
    static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * From If-Match or the given version ({@link #member} or {@link #queryParameter}).
     *
     * @throws ProblemException 400 when both are given, or If-Match is malformed
     */
    static ExpectedVersion of(Context ctx, OptionalLong version) {
        List<String> ifMatch = Collections.list(ctx.req().getHeaders(IF_MATCH));
        if (!ifMatch.isEmpty() && version.isPresent()) {
            throw new ProblemException(Problems.invalidRequest("Give the version either in If-Match or in 'version',"
                    + " not both.", List.of(new Problem.FieldError(FIELD, "given together with If-Match",
                    "one of the two"))));
        }
        if (!ifMatch.isEmpty()) {
            return new ExpectedVersion(ifMatch(String.join(",", ifMatch)), Source.IF_MATCH);
        }
        if (version.isPresent()) {
            return new ExpectedVersion(Precondition.atVersion(version.getAsLong()), Source.VERSION);
        }
        return NONE;
    }

    /** The {@code version} member of a JSON body, if there is one. */
    static OptionalLong member(JsonNode body) {
        JsonNode node = body.get(FIELD);
        if (node == null) {
            return OptionalLong.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw invalid("'version' must be a whole number from 0, not " + shorten(node.toString()) + ".");
        }
        return OptionalLong.of(node.asLong());
    }

    /** The {@code version} query parameter, if there is one. */
    static OptionalLong queryParameter(Context ctx) {
        String text = ctx.queryParam(FIELD);
        if (text == null) {
            return OptionalLong.empty();
        }
        if (!DIGITS.matcher(text).matches()) {
            throw invalid("'version' must be a whole number from 0, not \"" + shorten(text) + "\".");
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    /** The refusal of a change whose version is no longer current, with the assessment as it is now. */
    ProblemException refusal(SessionAssessment current) {
        Problem problem = source == Source.IF_MATCH ? Problems.preconditionFailed(entityTag(current.version()))
                : Problems.versionConflict(current.version());
        return new ProblemException(problem, "current", SessionJson.session(current));
    }

    /**
     * "*" matches any current assessment; otherwise the versions of the strong tags listed. Weak tags never match
     * (If-Match compares strongly), nor do tags that are not one of ours, so a list of only those fails.
     */
    private static Precondition ifMatch(String header) {
        if (header.strip().equals("*")) {
            return Precondition.NONE;
        }
        Set<Long> versions = new HashSet<>();
        for (String element : header.split(",")) {
            String tag = element.strip();
            if (tag.isEmpty()) {
                continue;
            }
            Matcher m = ENTITY_TAG.matcher(tag);
            if (!m.matches()) {
                throw new ProblemException(Problems.invalidRequest("If-Match must be * or a list of entity tags"
                        + " in double quotes, such as \"7\" from the ETag header.",
                        List.of(new Problem.FieldError(IF_MATCH, "not an entity tag: " + shorten(tag),
                                "* or the ETag of the assessment, e.g. \"7\""))));
            }
            if (m.group(1) == null && DIGITS.matcher(m.group(2)).matches()) {
                versions.add(Long.parseLong(m.group(2)));
            }
        }
        return new Precondition.AtVersions(versions);
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(Problems.invalidRequest(detail,
                List.of(new Problem.FieldError(FIELD, "not a whole number from 0", ALLOWED))));
    }

    /** What the client sent, cut short so that a long header does not fill the problem. */
    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
