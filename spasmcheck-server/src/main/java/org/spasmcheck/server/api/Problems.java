package org.spasmcheck.server.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.spasmcheck.knowledge.EvidenceProblem;
import org.spasmcheck.server.security.ApiKeys;
import org.spasmcheck.server.service.FieldProblem;

/**
 * The problems the API answers with (RFC 9457). Each kind has its own {@code type}, relative to the API; the
 * OpenAPI document (/openapi.json, component Problem) lists them.
 */
public final class Problems {
    public static final String NOT_FOUND = "/problems/not-found";
    public static final String METHOD_NOT_ALLOWED = "/problems/method-not-allowed";
    public static final String MALFORMED_JSON = "/problems/malformed-json";
    public static final String INVALID_REQUEST = "/problems/invalid-request";
    public static final String UNKNOWN_FIELD = "/problems/unknown-field";
    public static final String INVALID_ANSWER = "/problems/invalid-answer";
    public static final String INVALID_INPUT = "/problems/invalid-input";
    public static final String NOTHING_TO_UNDO = "/problems/nothing-to-undo";
    public static final String VERSION_CONFLICT = "/problems/version-conflict";
    public static final String PRECONDITION_FAILED = "/problems/precondition-failed";
    public static final String DATABASE_UNAVAILABLE = "/problems/database-unavailable";
    public static final String CONTENT_TOO_LARGE = "/problems/content-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "/problems/unsupported-media-type";
    public static final String INTERNAL_ERROR = "/problems/internal-error";
    public static final String HTTP_ERROR = "/problems/http-error";
    public static final String API_KEY_REQUIRED = "/problems/api-key-required";
    public static final String TOO_MANY_REQUESTS = "/problems/too-many-requests";

    /** The one answer for an unknown id and a missing or wrong token alike, so that ids cannot be probed. */
    static final String ASSESSMENT_NOT_FOUND_DETAIL =
            "There is no assessment with this id that the access token (Authorization: Bearer) opens.";

    private Problems() {
    }

    public static Problem assessmentNotFound() {
        return new Problem(NOT_FOUND, "Not Found", 404, ASSESSMENT_NOT_FOUND_DETAIL, List.of());
    }

    /** The one answer for an unknown diary and a missing or wrong key alike. */
    public static Problem diaryNotFound() {
        return new Problem(NOT_FOUND, "Not Found", 404,
                "There is no diary that this key (Authorization: Bearer) opens.", List.of());
    }

    public static Problem episodeNotFound() {
        return new Problem(NOT_FOUND, "Not Found", 404, "This diary has no episode with this id.", List.of());
    }

    public static Problem shareLinkNotFound() {
        return new Problem(NOT_FOUND, "Not Found", 404, "This assessment has no share link with this id.", List.of());
    }

    /** Fields of a diary episode or share link that are missing, of the wrong type or out of range: nothing is stored. */
    public static Problem invalidInput(List<FieldProblem> problems) {
        return new Problem(INVALID_INPUT, "Invalid Input", 422,
                problems.size() + (problems.size() == 1 ? " field is" : " fields are") + " not valid; nothing was stored: "
                        + String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()
                        + " (allowed: " + p.allowed() + ")").toList()),
                problems.stream().map(p -> new Problem.FieldError(p.field(), p.message(), p.allowed())).toList());
    }

    public static Problem noSuchEndpoint(String method, String path) {
        return new Problem(NOT_FOUND, "Not Found", 404,
                "No API endpoint " + method + " " + path + "; see /openapi.json for the endpoints.", List.of());
    }

    public static Problem methodNotAllowed(String method, String path, Set<String> allowed) {
        return new Problem(METHOD_NOT_ALLOWED, "Method Not Allowed", 405,
                method + " is not supported on " + path + "; allowed: " + String.join(", ", allowed) + ".",
                List.of());
    }

    public static Problem contentTooLarge(long maxBytes) {
        return new Problem(CONTENT_TOO_LARGE, "Content Too Large", 413,
                "The request body is larger than " + maxBytes + " bytes.", List.of());
    }

    /** A body sent as something other than JSON; the header is named like a field. */
    public static Problem unsupportedMediaType(String contentType) {
        String message = contentType == null ? "missing" : "not JSON: " + contentType;
        return new Problem(UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", 415,
                "The request body must be JSON: send Content-Type: application/json (Content-Type " + message + ").",
                List.of(new Problem.FieldError("Content-Type", message, RequestBodies.JSON_MEDIA_TYPES)));
    }

    /** Bytes that are not UTF-8, which JSON requires (RFC 8259 section 8.1); nothing is guessed or replaced. */
    public static Problem notUtf8(long offset) {
        return new Problem(MALFORMED_JSON, "Malformed JSON", 400,
                "The request body is not valid UTF-8 at byte " + offset + "; JSON must be sent as UTF-8.", List.of());
    }

    public static Problem malformedJson(int line, int column, String reason) {
        return new Problem(MALFORMED_JSON, "Malformed JSON", 400,
                "The request body is not valid JSON at line " + line + ", column " + column + ": " + reason, List.of());
    }

    public static Problem invalidRequest(String detail, List<Problem.FieldError> errors) {
        return new Problem(INVALID_REQUEST, "Invalid Request", 400, detail, errors);
    }

    public static Problem unknownFields(List<String> unknown, Set<String> allowed) {
        String allowedList = allowed.isEmpty() ? "no fields" : String.join(", ", new TreeSet<>(allowed));
        return new Problem(UNKNOWN_FIELD, "Unknown Field", 400,
                "The request body has fields this endpoint does not take: " + String.join(", ", unknown) + ".",
                unknown.stream().map(f -> new Problem.FieldError(f, "unknown field", allowedList)).toList());
    }

    /** Answers (or evidence) that name unknown findings or carry values of the wrong type: nothing is stored. */
    public static Problem invalidAnswers(List<EvidenceProblem> problems) {
        return new Problem(INVALID_ANSWER, "Invalid Answer", 422,
                problems.size() + (problems.size() == 1 ? " answer is" : " answers are")
                        + " not valid; nothing was recorded: "
                        + String.join("; ", problems.stream().map(EvidenceProblem::format).toList()),
                problems.stream().map(p -> new Problem.FieldError(p.field(), p.message(), p.allowed())).toList());
    }

    public static Problem invalidValue(String field, String message, String allowed) {
        return new Problem(INVALID_ANSWER, "Invalid Value", 422, "'" + field + "': " + message + "; allowed: " + allowed,
                List.of(new Problem.FieldError(field, message, allowed)));
    }

    public static Problem nothingToUndo() {
        return new Problem(NOTHING_TO_UNDO, "Nothing To Undo", 409, "The assessment has no answer to undo.", List.of());
    }

    /** An integration endpoint called without one of the server's API keys. */
    public static Problem apiKeyRequired() {
        return new Problem(API_KEY_REQUIRED, "Unauthorized", 401,
                "This endpoint needs an API key in the " + ApiKeys.HEADER + " header (or Authorization: "
                        + ApiKeys.AUTHORIZATION_SCHEME + " <key>); it was missing or is not a key of this server.",
                List.of(new Problem.FieldError(ApiKeys.HEADER, "missing or not a key of this server",
                        "a key whose SHA-256 hash is in the server's API keys file")));
    }

    /** Too many requests of one kind from one address; {@code seconds} is also sent as Retry-After. */
    public static Problem tooManyRequests(long seconds) {
        return new Problem(TOO_MANY_REQUESTS, "Too Many Requests", 429,
                "Too many requests of this kind from your address; nothing was done. Try again in " + seconds
                        + (seconds == 1 ? " second" : " seconds") + " (Retry-After).", List.of());
    }

    /** The change named a version of the assessment that is no longer current; the current state goes with it. */
    public static Problem versionConflict(long currentVersion) {
        return new Problem(VERSION_CONFLICT, "Version Conflict", 409,
                "The assessment changed after the version this request names; it is now at version " + currentVersion
                        + ". Nothing was recorded. 'current' is the assessment now: apply your change to it if it"
                        + " still fits, and send it again naming version " + currentVersion + ".", List.of());
    }

    /** If-Match named no current entity tag of the assessment (RFC 9110 section 13.1.1). */
    public static Problem preconditionFailed(String currentEntityTag) {
        return new Problem(PRECONDITION_FAILED, "Precondition Failed", 412,
                "If-Match does not name the assessment's current entity tag, which is " + currentEntityTag
                        + ". Nothing was recorded. 'current' is the assessment now: apply your change to it if it"
                        + " still fits, and send it again with If-Match: " + currentEntityTag + ".", List.of());
    }

    /**
     * The database cannot be reached (server down or restarting, file locked). The request may not have been
     * completed; for a change, the assessment's version shows afterwards whether it was recorded.
     *
     * @param cause          a short reason without host, user or statement (see DatabaseOutage)
     * @param retryAfterSecs the Retry-After the response carries
     */
    public static Problem databaseUnavailable(String cause, long retryAfterSecs) {
        return new Problem(DATABASE_UNAVAILABLE, "Service Unavailable", 503,
                "The database is unavailable just now (" + cause + "). Please try again in " + retryAfterSecs
                        + " seconds (Retry-After). If you were changing an assessment, read it first: its version"
                        + " shows whether the change was recorded.", List.of());
    }

    public static Problem internalError() {
        return new Problem(INTERNAL_ERROR, "Internal Server Error", 500,
                "Something went wrong on our side and the request was not completed. Please try again.", List.of());
    }

    /** Any other HTTP error status raised by the server framework. */
    public static Problem httpError(int status, String title) {
        return new Problem(HTTP_ERROR, title, status, "The request could not be served: " + status + " " + title + ".",
                List.of());
    }
}
