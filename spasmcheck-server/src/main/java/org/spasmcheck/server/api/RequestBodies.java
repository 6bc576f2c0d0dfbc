package org.spasmcheck.server.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.spasmcheck.server.json.AssessmentJson;

/**
 * Parses request bodies strictly: a body not sent as JSON, bytes that are not UTF-8, malformed JSON, a repeated key,
 * a body that is not an object, and fields the endpoint does not take are all refused with a problem naming them.
 * Nothing is guessed, replaced or dropped.
 */
final class RequestBodies {
    /** A repeated key would make an answer ambiguous; trailing content after the object is malformed JSON. */
    private static final ObjectReader READER = AssessmentJson.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]");

    /** What Content-Type a body may have (parameters aside; a charset, if given, must be UTF-8). */
    static final String JSON_MEDIA_TYPES = "application/json or application/*+json, charset utf-8 if given";

    private RequestBodies() {
    }

    /** The request's body, checked as {@link #object(byte[], String, boolean, Set)} does. */
    static ObjectNode object(Context ctx, boolean emptyAllowed, Set<String> fields) {
        return object(ctx.bodyAsBytes(), ctx.header("Content-Type"), emptyAllowed, fields);
    }

    /**
     * The body as a JSON object with only the given fields.
     *
     * @param contentType  the request's Content-Type header (null when absent); checked only when there is a body
     * @param emptyAllowed an empty body reads as {@code {}}
     * @throws ProblemException 415 for a body that is not sent as JSON; 400 for bytes that are not UTF-8, malformed
     *                          JSON, a body that is not an object, or unknown fields
     */
    static ObjectNode object(byte[] body, String contentType, boolean emptyAllowed, Set<String> fields) {
        if (isBlank(body)) {
            if (emptyAllowed) {
                return AssessmentJson.MAPPER.createObjectNode();
            }
            throw new ProblemException(Problems.invalidRequest("The request body is empty; a JSON object is required.",
                    List.of()));
        }
        // The media type first: a body that is not sent as JSON is not judged as JSON text.
        if (!isJson(contentType)) {
            throw new ProblemException(Problems.unsupportedMediaType(contentType));
        }
        return object(utf8(body), fields);
    }

    /** Only JSON whitespace (RFC 8259 section 2), which reads as no body. */
    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode object(String body, Set<String> fields) {
        JsonNode node = parse(body);
        if (!(node instanceof ObjectNode object)) {
            throw new ProblemException(Problems.invalidRequest("The request body must be a JSON object, not "
                    + kind(node) + ".", List.of()));
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problems.unknownFields(unknown, fields));
        }
        return object;
    }

    /** A field that must be a JSON object (absent is allowed only where {@code required} is false). */
    static ObjectNode objectField(ObjectNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null && !required) {
            return AssessmentJson.MAPPER.createObjectNode();
        }
        if (value == null) {
            throw new ProblemException(Problems.invalidRequest("The request body needs the field '" + field + "'.",
                    List.of(new Problem.FieldError(field, "missing", "a JSON object of finding id to value"))));
        }
        if (!value.isObject()) {
            throw new ProblemException(Problems.invalidRequest("'" + field + "' must be a JSON object, not "
                    + kind(value) + ".",
                    List.of(new Problem.FieldError(field, "must be a JSON object", "a JSON object of finding id to value"))));
        }
        return (ObjectNode) value;
    }

    /** {@code application/json} or a structured {@code +json} type, without a charset other than UTF-8. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        // -1: ";" alone still gives a (blank) media type to refuse, found by ApiHandlersFuzzTest.
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";", -1);
        String media = parts[0].strip();
        boolean json = media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equals("charset") && (parameter.length < 2
                    || !parameter[1].strip().replace("\"", "").equals("utf-8"))) {
                return false;
            }
        }
        return json;
    }

    /** Decodes strictly: a byte sequence that is not UTF-8 is an error, never a replacement character. */
    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ProblemException(Problems.notUtf8(in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static JsonNode parse(String body) {
        try {
            return READER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ProblemException(Problems.malformedJson(line, column, reason(e)));
        }
    }

    /** Jackson's message without the "[Source: ...]" part; the position is given as line and column instead. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        return SOURCE_LOCATION.matcher(message).replaceAll("line $1, column $2").strip();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
