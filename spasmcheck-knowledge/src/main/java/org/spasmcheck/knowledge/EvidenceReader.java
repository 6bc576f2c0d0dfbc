package org.spasmcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;

/**
 * Reads the JSON {@code evidence} object of VIGNETTES.md (finding id to value) into {@link Evidence}, checking
 * every id and value against the knowledge base. Nothing is repaired: a bad value is a problem, never dropped.
 * A JSON null, or the string "unknown", means "don't know".
 */
public final class EvidenceReader {
    public static final String UNKNOWN = "unknown";
    private final KnowledgeBase kb;

    public EvidenceReader(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The evidence, or every problem found. */
    public Result read(JsonNode object) {
        List<EvidenceProblem> problems = new ArrayList<>();
        Map<String, Value> answers = new LinkedHashMap<>();
        if (object == null || !object.isObject()) {
            problems.add(new EvidenceProblem("evidence", "must be a JSON object of finding id to value", null));
            return new Result(Evidence.EMPTY, problems);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            Finding f = kb.findings().get(e.getKey());
            if (f == null) {
                problems.add(new EvidenceProblem(e.getKey(), "unknown finding id", "see `GET /api/v1/knowledge/findings` or knowledge-base/findings.yaml"));
                continue;
            }
            try {
                answers.put(f.id(), value(f, e.getValue()));
            } catch (IllegalArgumentException ex) {
                problems.add(new EvidenceProblem(f.id(), ex.getMessage(), f.allowedValues() + ", or null for don't know"));
            }
        }
        return new Result(new Evidence(answers), problems);
    }

    /** One value for one finding; throws IllegalArgumentException naming what is wrong. */
    public static Value value(Finding f, JsonNode v) {
        if (v == null || v.isNull() || v.isTextual() && UNKNOWN.equals(v.asText())) {
            return f.dontKnow();
        }
        return switch (f.type()) {
            case BOOLEAN -> {
                if (!v.isBoolean()) {
                    throw new IllegalArgumentException("wrong type: expected true or false, got " + v);
                }
                yield Value.of(v.asBoolean());
            }
            case CHOICE -> {
                if (!v.isTextual() || !f.options().contains(v.asText())) {
                    throw new IllegalArgumentException("not an option: " + v);
                }
                yield new Value.Choice(v.asText());
            }
            case MULTI_CHOICE -> {
                if (!v.isArray()) {
                    throw new IllegalArgumentException("wrong type: expected a list of options, got " + v);
                }
                Set<String> options = new LinkedHashSet<>();
                for (JsonNode o : v) {
                    if (!o.isTextual() || !f.options().contains(o.asText())) {
                        throw new IllegalArgumentException("not an option: " + o);
                    }
                    options.add(o.asText());
                }
                yield new Value.Choices(options);
            }
            case NUMBER -> {
                if (!v.isNumber()) {
                    throw new IllegalArgumentException("wrong type: expected a number, got " + v);
                }
                double d = v.asDouble();
                if (f.min() != null && d < f.min() || f.max() != null && d > f.max()) {
                    throw new IllegalArgumentException("out of range: " + v.asText());
                }
                yield new Value.Number(d);
            }
        };
    }

    public record Result(Evidence evidence, List<EvidenceProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
