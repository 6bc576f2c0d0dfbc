package org.spasmcheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.Source;

/** Reads `source:` / `estimate:` beside numbers and checks every key against the sources files. */
final class Citations {
    /** The brief marks some statements [textbook]; they may cite "textbook" (knowledge-base/README.md). */
    static final String TEXTBOOK = "textbook";

    private final Map<String, Source> sources;
    private final Issues issues;

    Citations(Map<String, Source> sources, Issues issues) {
        this.sources = sources;
        this.issues = issues;
    }

    Map<String, Source> sources() {
        return sources;
    }

    /** The citation of a mapping that holds a number: a source or an estimate is required. */
    Citation required(Node mapping) {
        return read(mapping, "source", "estimate", true);
    }

    /** The citation of a text-only item: optional, but any key given must exist. */
    Citation optional(Node mapping) {
        return read(mapping, "source", "estimate", false);
    }

    Citation read(Node mapping, String sourceField, String estimateField, boolean required) {
        List<String> keys = new ArrayList<>();
        Node source = mapping.get(sourceField);
        if (!source.isMissing()) {
            List<Node> items = source.json().isArray() ? source.elements() : List.of(source);
            for (Node k : items) {
                String key = k.text().orElse("");
                if (!sources.containsKey(key) && !TEXTBOOK.equals(key)) {
                    issues.error(k, "unknown source key '" + key + "'",
                            "use a key defined in sources.yaml, or add the source with a full citation");
                }
                keys.add(key);
            }
        }
        String estimate = mapping.get(estimateField).text().filter(t -> !t.isBlank()).orElse(null);
        if (keys.isEmpty() && estimate == null) {
            if (required) {
                issues.error(mapping, "a number without a source",
                        "add `" + sourceField + ":` with a key from sources.yaml, or `" + estimateField + ":` with a reason");
            }
            return Citation.estimated("not cited");
        }
        return new Citation(keys, estimate);
    }
}
