package org.spasmcheck.server.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.TreeSet;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.server.json.AssessmentJson;

/** Answers as JSON values, the same encoding as the evidence object of VIGNETTES.md (null is "don't know"). */
public final class ValueJson {
    private ValueJson() {
    }

    public static JsonNode toJson(Value v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v instanceof Value.Bool b) {
            return f.booleanNode(b.value());
        }
        if (v instanceof Value.Choice c) {
            return f.textNode(c.option());
        }
        if (v instanceof Value.Choices c) {
            ArrayNode a = f.arrayNode();
            new TreeSet<>(c.options()).forEach(a::add);
            return a;
        }
        if (v instanceof Value.Number n) {
            return f.numberNode(n.value());
        }
        return f.nullNode();
    }

    public static String encode(Value v) {
        return toJson(v).toString();
    }

    public static Value decode(Finding finding, String json) {
        try {
            return EvidenceReader.value(finding, AssessmentJson.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer for " + finding.id() + " is not JSON", e);
        }
    }
}
