package org.spasmcheck.engine.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.LikelihoodModel;
import org.spasmcheck.engine.differential.Posterior;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.expression.Truth;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.model.Value;

/**
 * Red-flag rules first, then condition floors (threshold approach), then the default level; the most urgent wins.
 *
 * <p>Monotone by construction: rules only fire on TRUE and never read a red-flag finding under "not" (checked by
 * the validator), and condition floors are the most urgent over the evidence with any subset of its present
 * red-flag answers set aside (see {@link #conditionFloors}). Adding a present red-flag finding therefore only adds
 * fired rules and evidence subsets, never removes one.
 */
public final class Triage {
    /** At most 2^10 subsets of present red-flag answers are examined; more than 10 at once is not a realistic case. */
    static final int MAX_RED_FLAG_SUBSETS_BITS = 10;

    private final LikelihoodModel model;
    private final Set<String> redFlagFindings;

    public Triage(LikelihoodModel model) {
        this.model = model;
        this.redFlagFindings = redFlagFindings(model.knowledgeBase());
    }

    /** The red-flag findings: the screening questions of red-flag rules. */
    public static Set<String> redFlagFindings(KnowledgeBase kb) {
        return RedFlagRule.redFlagFindings(kb.rules());
    }

    /**
     * @param differential the differential of this evidence (already computed by the caller; triage reuses it for
     *                     the full evidence and computes the others only for red-flag subsets)
     */
    public TriageDecision decide(Evidence evidence, Differential differential) {
        KnowledgeBase kb = model.knowledgeBase();
        List<RedFlagRule> fired = kb.rules().stream()
                .filter(r -> r.when().evaluate(evidence, kb.findings()) == Truth.TRUE)
                .sorted(Comparator.comparingInt((RedFlagRule r) -> r.level().urgency()).reversed())
                .toList();
        List<ConditionFloor> floors = conditionFloors(evidence, differential);
        TriageLevel level = kb.defaultLevel();
        for (RedFlagRule r : fired) {
            level = TriageLevel.mostUrgent(level, r.level());
        }
        for (ConditionFloor f : floors) {
            level = TriageLevel.mostUrgent(level, f.condition().triage().level());
        }
        return new TriageDecision(level, fired, floors, kb.defaultLevel());
    }

    /**
     * Conditions whose probability reaches their action threshold, or that are the most likely cause. A present
     * red-flag answer may argue against a dangerous condition; so that it can never lower triage, the floors are
     * taken over the evidence with every subset of its present red-flag answers set aside, and the most urgent wins.
     * The subsets need only probabilities ({@link Posterior}, the same numbers as a differential's).
     */
    private List<ConditionFloor> conditionFloors(Evidence evidence, Differential full) {
        List<String> presentRedFlags = evidence.answers().entrySet().stream()
                .filter(e -> redFlagFindings.contains(e.getKey()) && e.getValue() instanceof Value.Bool b && b.value())
                .map(Map.Entry::getKey).limit(MAX_RED_FLAG_SUBSETS_BITS).toList();
        Map<String, ConditionFloor> strongest = new LinkedHashMap<>();
        for (int mask = 0; mask < 1 << presentRedFlags.size(); mask++) {
            Evidence subset = evidence;
            for (int i = 0; i < presentRedFlags.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset = subset.without(presentRedFlags.get(i));
                }
            }
            List<ConditionFloor> subsetFloors = mask == 0 ? floorsFor(full) : floorsFor(Posterior.compute(model, subset));
            for (ConditionFloor f : subsetFloors) {
                strongest.merge(f.condition().id(), f, (a, b) -> a.probability() >= b.probability() ? a : b);
            }
        }
        List<ConditionFloor> floors = new ArrayList<>(strongest.values());
        floors.sort(Comparator.comparingInt((ConditionFloor f) -> f.condition().triage().level().urgency())
                .reversed().thenComparing(Comparator.comparingDouble(ConditionFloor::probability).reversed()));
        return floors;
    }

    /** For one differential: conditions past their action threshold, and the most likely cause. */
    private static List<ConditionFloor> floorsFor(Differential d) {
        List<ConditionFloor> floors = new ArrayList<>();
        for (int i = 0; i < d.ranked().size(); i++) {
            RankedCondition r = d.ranked().get(i);
            if (!r.excluded() && (i == 0 || r.probability() >= r.condition().triage().actionThreshold())) {
                floors.add(new ConditionFloor(r.condition(), r.probability()));
            }
        }
        return floors;
    }

    /**
     * The same for a posterior, in the differential's order (most likely first, ties in knowledge-base order), so
     * that equal floors are met in the same order whichever computed them.
     */
    private List<ConditionFloor> floorsFor(Posterior p) {
        List<Condition> conditions = model.knowledgeBase().conditions();
        int top = p.top();
        List<ConditionFloor> floors = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            Condition condition = conditions.get(c);
            if (!p.excluded()[c] && (c == top || p.probability()[c] >= condition.triage().actionThreshold())) {
                floors.add(new ConditionFloor(condition, p.probability()[c]));
            }
        }
        floors.sort(Comparator.comparingDouble(ConditionFloor::probability).reversed());
        return floors;
    }
}
