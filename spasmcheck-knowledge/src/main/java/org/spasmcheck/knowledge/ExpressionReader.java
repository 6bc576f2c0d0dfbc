package org.spasmcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.expression.Expression;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;

/** Reads the expression syntax of knowledge-base/README.md, checking every finding and option id. */
final class ExpressionReader {
    private static final Set<String> COMPARISONS = Set.of("is", "has", "at_least", "below");
    private final Map<String, Finding> findings;
    private final Issues issues;

    ExpressionReader(Map<String, Finding> findings, Issues issues) {
        this.findings = findings;
        this.issues = issues;
    }

    /** The expression at this node; {@link Expression#ALWAYS} (with an issue) when it cannot be read. */
    Expression read(Node node) {
        if (node.isMissing() || !node.json().isObject() || node.json().size() != 1 && !node.has("finding")) {
            issues.error(node, "an expression must be one of {finding: ..., is|has|at_least|below: ...}, "
                    + "{all: [...]}, {any: [...]}, {not: ...}, {possibly: ...}", "see knowledge-base/README.md, Expressions");
            return Expression.ALWAYS;
        }
        if (node.has("finding")) {
            return comparison(node);
        }
        String op = node.json().fieldNames().next();
        Node inner = node.get(op);
        return switch (op) {
            case "all" -> new Expression.All(list(inner));
            case "any" -> new Expression.Any(list(inner));
            case "not" -> new Expression.Not(read(inner));
            case "possibly" -> new Expression.Possibly(read(inner));
            default -> {
                issues.error(node, "unknown expression operator '" + op + "'",
                        "use one of: finding, all, any, not, possibly");
                yield Expression.ALWAYS;
            }
        };
    }

    private List<Expression> list(Node node) {
        if (node.isMissing() || !node.json().isArray()) {
            issues.error(node, "'all' and 'any' take a list of expressions", "write all: [ {...}, {...} ]");
            return List.of();
        }
        List<Expression> out = new ArrayList<>();
        node.elements().forEach(e -> out.add(read(e)));
        return out;
    }

    private Expression comparison(Node node) {
        String id = node.get("finding").text().orElse("");
        Finding f = findings.get(id);
        List<String> ops = node.fields().stream().map(Map.Entry::getKey).filter(COMPARISONS::contains).toList();
        if (f == null) {
            issues.error(node.get("finding"), "unknown finding '" + id + "'", "use a finding id from findings.yaml");
            return Expression.ALWAYS;
        }
        if (ops.size() != 1 || node.json().size() != 2) {
            issues.error(node, "a comparison needs 'finding' and exactly one of is, has, at_least, below",
                    "e.g. {finding: " + id + ", is: true}");
            return Expression.ALWAYS;
        }
        String op = ops.get(0);
        JsonNode value = node.get(op).json();
        Node at = node.get(op);
        return switch (op) {
            case "is" -> is(f, at, value);
            case "has" -> has(f, at, value);
            default -> number(f, at, value, op);
        };
    }

    private Expression is(Finding f, Node at, JsonNode value) {
        if (f.type() == FindingType.BOOLEAN && value.isBoolean()) {
            return new Expression.Is(f.id(), value.asBoolean());
        }
        if (f.type() == FindingType.CHOICE && value.isTextual() && f.options().contains(value.asText())) {
            return new Expression.Is(f.id(), value.asText());
        }
        issues.error(at, "'is' for " + f.type().id() + " finding '" + f.id() + "' must be "
                + (f.type() == FindingType.CHOICE ? "one of: " + String.join(", ", f.options()) : "true or false"),
                f.type() == FindingType.MULTI_CHOICE ? "use 'has' for multi_choice findings"
                        : f.type() == FindingType.NUMBER ? "use at_least or below for number findings" : "fix the value");
        return Expression.ALWAYS;
    }

    private Expression has(Finding f, Node at, JsonNode value) {
        if (f.type() == FindingType.MULTI_CHOICE && value.isTextual() && f.options().contains(value.asText())) {
            return new Expression.Has(f.id(), value.asText());
        }
        issues.error(at, "'has' needs a multi_choice finding and one of its options"
                + (f.type() == FindingType.MULTI_CHOICE ? ": " + String.join(", ", f.options()) : ""),
                "use 'is' for boolean and choice findings");
        return Expression.ALWAYS;
    }

    private Expression number(Finding f, Node at, JsonNode value, String op) {
        if (f.type() != FindingType.NUMBER || !value.isNumber()) {
            issues.error(at, "'" + op + "' needs a number finding and a number", "use 'is' or 'has' for other findings");
            return Expression.ALWAYS;
        }
        return op.equals("at_least") ? new Expression.AtLeast(f.id(), value.asDouble())
                : new Expression.Below(f.id(), value.asDouble());
    }

    /** Finding ids read anywhere under a 'not' (for the monotonicity check of red-flag rules). */
    static Set<String> findingsUnderNot(Expression e) {
        Set<String> out = new java.util.LinkedHashSet<>();
        collectUnderNot(e, false, out);
        return out;
    }

    private static void collectUnderNot(Expression e, boolean negated, Set<String> out) {
        if (e instanceof Expression.Not n) {
            collectUnderNot(n.inner(), true, out);
        } else if (e instanceof Expression.All a) {
            a.parts().forEach(p -> collectUnderNot(p, negated, out));
        } else if (e instanceof Expression.Any a) {
            a.parts().forEach(p -> collectUnderNot(p, negated, out));
        } else if (e instanceof Expression.Possibly p) {
            collectUnderNot(p.inner(), negated, out);
        } else if (negated) {
            e.visitFindings(out::add);
        }
    }
}
