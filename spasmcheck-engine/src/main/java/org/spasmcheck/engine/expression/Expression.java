package org.spasmcheck.engine.expression;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;

/**
 * A declarative condition over answers (red-flag rules, ask_if gates, screens), evaluated in Kleene logic.
 * Syntax in knowledge-base/README.md.
 */
public sealed interface Expression {

    Truth evaluate(Evidence evidence, Map<String, Finding> findings);

    /** Calls the consumer with every finding id this expression reads. */
    void visitFindings(Consumer<String> consumer);

    Expression ALWAYS = new All(List.of());

    /** Boolean is true/false, or choice is the option. */
    record Is(String finding, Object expected) implements Expression {
        @Override
        public Truth evaluate(Evidence evidence, Map<String, Finding> findings) {
            return evidence.known(finding).map(this::matches).orElse(Truth.UNKNOWN);
        }

        private Truth matches(Value v) {
            if (v instanceof Value.Bool b) {
                return Truth.of(expected instanceof Boolean e && b.value() == e);
            }
            return Truth.of(v instanceof Value.Choice c && c.option().equals(expected));
        }

        @Override
        public void visitFindings(Consumer<String> consumer) {
            consumer.accept(finding);
        }
    }

    /** Multi-choice lists the option; a listed broader option that covers it leaves it UNKNOWN. */
    record Has(String finding, String option) implements Expression {
        @Override
        public Truth evaluate(Evidence evidence, Map<String, Finding> findings) {
            return evidence.known(finding).map(v -> {
                if (!(v instanceof Value.Choices c)) {
                    return Truth.FALSE;
                }
                if (c.options().contains(option)) {
                    return Truth.TRUE;
                }
                Finding f = findings.get(finding);
                return f != null && f.isCoveredBy(option, c.options()) ? Truth.UNKNOWN : Truth.FALSE;
            }).orElse(Truth.UNKNOWN);
        }

        @Override
        public void visitFindings(Consumer<String> consumer) {
            consumer.accept(finding);
        }
    }

    /** Number is at least the bound. */
    record AtLeast(String finding, double bound) implements Expression {
        @Override
        public Truth evaluate(Evidence evidence, Map<String, Finding> findings) {
            return evidence.known(finding)
                    .map(v -> v instanceof Value.Number n ? Truth.of(n.value() >= bound) : Truth.FALSE)
                    .orElse(Truth.UNKNOWN);
        }

        @Override
        public void visitFindings(Consumer<String> consumer) {
            consumer.accept(finding);
        }
    }

    /** Number is below the bound. */
    record Below(String finding, double bound) implements Expression {
        @Override
        public Truth evaluate(Evidence evidence, Map<String, Finding> findings) {
            return evidence.known(finding)
                    .map(v -> v instanceof Value.Number n ? Truth.of(n.value() < bound) : Truth.FALSE)
                    .orElse(Truth.UNKNOWN);
        }

        @Override
        public void visitFindings(Consumer<String> consumer) {
            consumer.accept(finding);
        }
    }

    record All(List<Expression> parts) implements Expression {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public Truth evaluate(Evidence evidence, Map<String, Finding> findings) {
            Truth t = Truth.TRUE;
            for (Expression p : parts) {
                t = t.and(p.evaluate(evidence, findings));
            }
            return t;
        }

        @Override
        public void visitFindings(Consumer<String> consumer) {
            parts.forEach(p -> p.visitFindings(consumer));
        }
    }

    record Any(List<Expression> parts) implements Expression {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public Truth evaluate(Evidence evidence, Map<String, Finding> findings) {
            Truth t = Truth.FALSE;
            for (Expression p : parts) {
                t = t.or(p.evaluate(evidence, findings));
            }
            return t;
        }

        @Override
        public void visitFindings(Consumer<String> consumer) {
            parts.forEach(p -> p.visitFindings(consumer));
        }
    }

    record Not(Expression inner) implements Expression {
        @Override
        public Truth evaluate(Evidence evidence, Map<String, Finding> findings) {
            return inner.evaluate(evidence, findings).not();
        }

        @Override
        public void visitFindings(Consumer<String> consumer) {
            inner.visitFindings(consumer);
        }
    }

    /** TRUE unless the inner expression is FALSE: "as far as we know, this may be so". */
    record Possibly(Expression inner) implements Expression {
        @Override
        public Truth evaluate(Evidence evidence, Map<String, Finding> findings) {
            return inner.evaluate(evidence, findings) == Truth.FALSE ? Truth.FALSE : Truth.TRUE;
        }

        @Override
        public void visitFindings(Consumer<String> consumer) {
            inner.visitFindings(consumer);
        }
    }

    /** The finding ids this expression reads. */
    default Set<String> findingIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        visitFindings(ids::add);
        return ids;
    }
}
