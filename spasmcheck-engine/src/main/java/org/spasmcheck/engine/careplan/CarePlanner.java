package org.spasmcheck.engine.careplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.expression.Truth;
import org.spasmcheck.engine.model.Alert;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.Treatment;
import org.spasmcheck.engine.triage.ConditionFloor;
import org.spasmcheck.engine.triage.TriageDecision;

/** Builds the care plan from the differential and triage. */
public final class CarePlanner {
    /** Conditions shown in the plan: the top one, any with at least this share, and any whose floor applied. */
    static final double PLAN_PROBABILITY = 0.10;
    static final int MAX_CONDITIONS = 3;

    private final KnowledgeBase kb;

    public CarePlanner(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * Red flags the person could not rule out: a relevant red-flag rule whose screening question was answered
     * "don't know". Unknown is never no, so the person is told what to check and what to do if it is so.
     */
    private List<String> unresolvedRedFlags(Evidence evidence) {
        List<String> out = new ArrayList<>();
        for (RedFlagRule r : kb.rules()) {
            if (!r.redFlag() || r.when().evaluate(evidence, kb.findings()) != Truth.UNKNOWN
                    || r.screenWhen().evaluate(evidence, kb.findings()) != Truth.TRUE) {
                continue;
            }
            r.screen().stream()
                    .filter(id -> evidence.value(id).orElse(null) instanceof org.spasmcheck.engine.model.Value.Unknown)
                    .findFirst()
                    .map(kb.findings()::get)
                    .ifPresent(f -> out.add("You were not sure about this: \"" + f.question().strip()
                            + "\" If the answer is yes: " + r.advice().strip()));
        }
        return out;
    }

    public CarePlan plan(Evidence evidence, Differential differential, TriageDecision triage) {
        // Keyed by id (unique in a knowledge base): a Condition record hashes all its content, which is slow.
        Map<String, Condition> shown = new LinkedHashMap<>();
        for (RankedCondition r : differential.ranked()) {
            if (shown.isEmpty() || r.probability() >= PLAN_PROBABILITY && shown.size() < MAX_CONDITIONS) {
                shown.putIfAbsent(r.condition().id(), r.condition());
            }
        }
        triage.floors().stream().map(ConditionFloor::condition).forEach(c -> shown.putIfAbsent(c.id(), c));
        List<ConditionPlan> plans = new ArrayList<>();
        for (Condition c : shown.values()) {
            double p = differential.of(c.id()).map(RankedCondition::probability).orElse(0.0);
            List<Treatment> advised = c.treatments().stream().filter(t -> t.recommendation().isAdvised()).toList();
            List<Treatment> rejected = c.treatments().stream().filter(t -> !t.recommendation().isAdvised()).toList();
            plans.add(new ConditionPlan(c, p, c.workup(), advised, rejected, c.prevention()));
        }
        List<Alert> alerts = kb.alerts().stream()
                .filter(a -> a.when().evaluate(evidence, kb.findings()) == Truth.TRUE).toList();
        List<String> ruleAdvice = triage.firedRules().stream().map(RedFlagRule::advice).distinct().toList();
        Set<String> seekHelp = new LinkedHashSet<>(unresolvedRedFlags(evidence));
        shown.values().forEach(c -> seekHelp.addAll(c.safetyNet()));
        String general = kb.safetyNetByLevel().get(triage.level());
        if (general != null) {
            seekHelp.add(general);
        }
        return new CarePlan(triage.level().advice(), ruleAdvice, plans, alerts, List.copyOf(seekHelp), kb.disclaimer());
    }
}
