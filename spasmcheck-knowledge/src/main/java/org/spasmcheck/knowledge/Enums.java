package org.spasmcheck.knowledge;

import java.util.Optional;
import java.util.function.Function;

/** Reads a closed-vocabulary value, naming the allowed values when it is not one of them. */
final class Enums {
    private Enums() {
    }

    static <E> Optional<E> read(Node node, Function<String, Optional<E>> parse, String allowed, Issues issues) {
        String text = node.text().orElse("");
        Optional<E> value = parse.apply(text);
        if (value.isEmpty()) {
            issues.error(node, node.isMissing() ? "missing value" : "unknown value '" + text + "'", "use one of: " + allowed);
        }
        return value;
    }
}
