package org.spasmcheck.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI document as a contract: finds the operation and documented response for a real response and
 * validates its JSON body against the response schema (JSON Schema 2020-12, #/components/schemas refs resolved
 * inside the document). A request that matches no operation must be answered with a Problem.
 */
final class OpenApiContract {
    /** The document is registered under this IRI so that "#/components/..." refs resolve inside it. */
    private static final int NO_CONTENT = 204;
    private static final String DOCUMENT_IRI = "https://spasmcheck.test/openapi.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    OpenApiContract(String documentJson) {
        this.document = read(documentJson);
        // OpenAPI's own words around the schemas (paths, components, description...) are annotations, not errors.
        JsonMetaSchema dialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword)).build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(dialect)
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, documentJson))));
    }

    JsonNode document() {
        return document;
    }

    /** The path template of the document that matches a concrete path ("/api/v1/assessments/{id}"). */
    Optional<String> template(String path) {
        for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (Pattern.matches(regex, path)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /** JSON pointer (into the document) of the response object documented for this exchange, or empty. */
    Optional<String> responsePointer(String method, String path, int status) {
        Optional<String> template = template(path);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        String operation = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT);
        if (document.at(operation).isMissingNode()) {
            return Optional.empty();
        }
        for (String key : List.of(Integer.toString(status), "default")) {
            String pointer = operation + "/responses/" + key;
            if (!document.at(pointer).isMissingNode()) {
                return Optional.of(followRef(pointer));
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a response, by the document: an undocumented status, an undocumented content type, or
     * schema violations. Empty when it conforms.
     */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String media = contentType == null ? "" : contentType.split(";")[0].strip();
        Optional<String> response = responsePointer(method, path, status);
        String schemaPointer;
        if (response.isEmpty()) {
            if (template(path).isPresent() && !document.at("/paths/" + escape(template(path).get()) + "/"
                    + method.toLowerCase(Locale.ROOT)).isMissingNode()) {
                return List.of(method + " " + path + ": status " + status + " is not documented");
            }
            // No such operation: the answer must be a problem.
            if (!"application/problem+json".equals(media)) {
                return List.of(method + " " + path + " (no operation): expected application/problem+json, got " + media);
            }
            schemaPointer = "/components/schemas/Problem";
        } else if (status == NO_CONTENT && body.isEmpty()) {
            // No body, so nothing to describe: the document must not promise one.
            return document.at(response.get() + "/content").isMissingNode() ? problems
                    : List.of(method + " " + path + " 204: documented with content");
        } else {
            String content = response.get() + "/content/" + escape(media);
            if (document.at(content).isMissingNode()) {
                return List.of(method + " " + path + " " + status + ": content type '" + media + "' is not documented");
            }
            schemaPointer = content + "/schema";
        }
        if (!media.endsWith("json")) {
            return problems;
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(method + " " + path + " " + status + ": body is not JSON");
        }
        for (ValidationMessage m : schema(schemaPointer).validate(json)) {
            problems.add(method + " " + path + " " + status + ": " + m.getMessage());
        }
        return problems;
    }

    /** Every $ref in the document that does not resolve. */
    List<String> unresolvedRefs() {
        List<String> unresolved = new ArrayList<>();
        collectRefs(document, unresolved);
        return unresolved;
    }

    JsonSchema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
    }

    private void collectRefs(JsonNode node, List<String> unresolved) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()
                    && (!ref.asText().startsWith("#/") || document.at(ref.asText().substring(1)).isMissingNode())) {
                unresolved.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, unresolved));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, unresolved));
        }
    }

    private String followRef(String pointer) {
        JsonNode ref = document.at(pointer).get("$ref");
        return ref == null ? pointer : followRef(ref.asText().substring(1));
    }

    /** JSON pointer escaping of one reference token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON", e);
        }
    }
}
