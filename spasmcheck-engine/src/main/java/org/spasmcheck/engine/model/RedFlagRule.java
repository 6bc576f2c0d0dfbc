package org.spasmcheck.engine.model;

import java.util.List;
import org.spasmcheck.engine.expression.Expression;

/**
 * A declarative triage rule: when {@code when} is TRUE the rule fires and forces {@code level}.
 * {@code screen} are the questions that check it, asked first when {@code screenWhen} is TRUE.
 *
 * @param redFlag true for danger screens (asked before any ranking), false for escalation rules
 */
public record RedFlagRule(String id, TriageLevel level, boolean redFlag, Expression when, String reason, String advice,
                          Citation citation, List<String> screen, Expression screenWhen) {
    public RedFlagRule {
        screen = List.copyOf(screen);
    }

    /**
     * The red-flag findings: the questions that screen red-flag rules (saddle numbness, a cold pale leg, jaw lock...).
     * A yes to one of them may never lower triage.
     */
    public static java.util.Set<String> redFlagFindings(List<RedFlagRule> rules) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        rules.stream().filter(RedFlagRule::redFlag).forEach(r -> ids.addAll(r.screen()));
        return java.util.Set.copyOf(ids);
    }
}
