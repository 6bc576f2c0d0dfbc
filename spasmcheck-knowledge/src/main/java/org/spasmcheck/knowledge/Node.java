package org.spasmcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML node together with the file and path it was read from, so every issue can say where it is. */
record Node(String file, String path, JsonNode json) {

    Node get(String field) {
        return new Node(file, path.isEmpty() ? field : path + "." + field, json == null ? null : json.get(field));
    }

    Node at(int index) {
        return new Node(file, path + "[" + index + "]", json.get(index));
    }

    boolean isMissing() {
        return json == null || json.isNull() || json.isMissingNode();
    }

    boolean has(String field) {
        return !get(field).isMissing();
    }

    List<Node> elements() {
        List<Node> out = new ArrayList<>();
        if (json != null && json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                out.add(at(i));
            }
        }
        return out;
    }

    List<Map.Entry<String, Node>> fields() {
        List<Map.Entry<String, Node>> out = new ArrayList<>();
        if (json != null && json.isObject()) {
            Iterator<String> names = json.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                out.add(Map.entry(n, get(n)));
            }
        }
        return out;
    }

    Optional<String> text() {
        return isMissing() || !json.isValueNode() ? Optional.empty() : Optional.of(json.asText());
    }
}
