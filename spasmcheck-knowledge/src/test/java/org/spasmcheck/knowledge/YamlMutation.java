package org.spasmcheck.knowledge;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One change to a parsed YAML file, drawn from fuzzer input: walk from the root to some node, then remove it, replace
 * it with a value of another type or an out-of-range one, or duplicate it beside itself (a repeated id or rule).
 */
final class YamlMutation {
    /** How deep a walk may go: the shipped files nest about six levels (rules, expressions). */
    private static final int MAX_DEPTH = 8;
    /** Values that the loader reads as references or closed vocabularies, so a mutation meets its checks. */
    private static final List<String> TEXTS = List.of("", " ", "calf", "S1", "S999", "nocturnal_leg_cramps", "emergency",
            "self_care", "no_such_id", "true", "null", "~", "-1", "1e309", ".nan", "../../etc/passwd", "\u0000",
            "\uFFFD", "a".repeat(5000));
    private static final List<Double> NUMBERS = List.of(0.0, -0.0, -1.0, 0.5, 1.0, 1.5, 120.0, 1e6, 1e308, -1e308,
            Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlMutation() {
    }

    /** Changes {@code root} in place (a root that is not a container is left as it is). */
    static void apply(JsonNode root, FuzzedDataProvider data) {
        JsonNode parent = null;
        JsonNode node = root;
        String field = null;
        int index = -1;
        int depth = data.consumeInt(1, MAX_DEPTH);
        for (int step = 0; step < depth && node.isContainerNode() && node.size() > 0; step++) {
            parent = node;
            if (node.isArray()) {
                index = data.consumeInt(0, node.size() - 1);
                field = null;
                node = node.get(index);
            } else {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                field = data.pickValue(names);
                node = node.get(field);
            }
        }
        if (parent == null) {
            return;
        }
        switch (data.consumeInt(0, 6)) {
            case 0 -> remove(parent, field, index);
            case 1 -> replace(parent, field, index, NODES.textNode(data.consumeBoolean()
                    ? data.pickValue(TEXTS) : data.consumeString(64)));
            case 2 -> replace(parent, field, index, NODES.numberNode(number(data)));
            case 3 -> replace(parent, field, index, NODES.booleanNode(data.consumeBoolean()));
            case 4 -> replace(parent, field, index, NODES.nullNode());
            case 5 -> replace(parent, field, index, data.consumeBoolean() ? NODES.arrayNode() : NODES.objectNode());
            default -> duplicate(parent, index, node);
        }
    }

    private static double number(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(NUMBERS) : data.consumeDouble();
    }

    private static void remove(JsonNode parent, String field, int index) {
        if (parent instanceof ArrayNode a) {
            a.remove(index);
        } else {
            ((ObjectNode) parent).remove(field);
        }
    }

    private static void replace(JsonNode parent, String field, int index, JsonNode value) {
        if (parent instanceof ArrayNode a) {
            a.set(index, value);
        } else {
            ((ObjectNode) parent).set(field, value);
        }
    }

    /** In a list, the same element twice; in a map, the field's value wrapped in a one-element list. */
    private static void duplicate(JsonNode parent, int index, JsonNode node) {
        if (parent instanceof ArrayNode a) {
            a.insert(index, node.deepCopy());
        } else {
            ((ObjectNode) parent).fields().forEachRemaining(e -> {
                if (e.getValue() == node) {
                    e.setValue(NODES.arrayNode().add(node.deepCopy()));
                }
            });
        }
    }
}
