package org.spasmcheck.knowledge;

/** Reads numbers with range checks, reporting the field and the allowed range. */
final class Numbers {
    private Numbers() {
    }

    static double probability(Node node, Issues issues, double fallback) {
        return inRange(node, issues, fallback, 0, 1, "a probability between 0 and 1 (exclusive)");
    }

    static double positive(Node node, Issues issues, double fallback) {
        return inRange(node, issues, fallback, 0, Double.POSITIVE_INFINITY, "a number greater than 0");
    }

    /** A value in the open interval (low, high). */
    static double inRange(Node node, Issues issues, double fallback, double low, double high, String allowed) {
        if (node.isMissing() || !node.json().isNumber()) {
            issues.error(node, node.isMissing() ? "missing number" : "not a number: '" + node.json().asText() + "'",
                    "write " + allowed);
            return fallback;
        }
        double v = node.json().asDouble();
        if (!(v > low && v < high)) {
            issues.error(node, "value " + node.json().asText() + " is out of range", "write " + allowed);
            return fallback;
        }
        return v;
    }
}
