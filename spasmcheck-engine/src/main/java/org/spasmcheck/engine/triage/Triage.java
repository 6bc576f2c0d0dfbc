package org.spasmcheck.engine.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.LikelihoodModel;
import org.spasmcheck.engine.differential.RedFlagWeighting;
import org.spasmcheck.engine.expression.Truth;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;

/**
 * Red-flag rules first, then condition floors (threshold approach), then the default level; the most urgent wins.
 *
 * <p>Monotone by construction: rules only fire on TRUE and never read a red-flag finding under "not" (checked by
 * the validator), and a condition's triage probability weighs a present red-flag finding one-sidedly (see
 * {@link #conditionFloors}). So adding a present red-flag finding can only add fired rules and raise each
 * condition's triage probability.
 */
public final class Triage {
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

    public Set<String> redFlagFindings() {
        return redFlagFindings;
    }

    public TriageDecision decide(Evidence evidence) {
        KnowledgeBase kb = model.knowledgeBase();
        List<RedFlagRule> fired = kb.rules().stream()
                .filter(r -> r.when().evaluate(evidence, kb.findings()) == Truth.TRUE)
                .sorted(Comparator.comparingInt((RedFlagRule r) -> r.level().urgency()).reversed())
                .toList();
        List<ConditionFloor> floors = conditionFloors(evidence);
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
     * Conditions whose triage probability reaches their action threshold. The triage probability is the
     * condition's share of the differential, computed one-sidedly for red flags: a yes to a red-flag finding counts
     * only if it raises this condition, and only if it lowers each competitor. So a present red flag can never lower
     * a condition's triage probability.
     */
    private List<ConditionFloor> conditionFloors(Evidence evidence) {
        KnowledgeBase kb = model.knowledgeBase();
        int n = kb.conditions().size();
        double[] pretest = Differential.pretestProbabilities(kb, evidence);
        double[] raised = new double[n];
        double[] lowered = new double[n];
        double competitors = pretest[n];
        for (int c = 0; c < n; c++) {
            if (kb.conditions().get(c).excludedIf().evaluate(evidence, kb.findings()) == Truth.TRUE) {
                continue;
            }
            raised[c] = pretest[c] * Math.exp(model.score(c, evidence, redFlagFindings, RedFlagWeighting.NEVER_LOWER)
                    .logLikelihoodRatio());
            lowered[c] = pretest[c] * Math.exp(model.score(c, evidence, redFlagFindings, RedFlagWeighting.NEVER_RAISE)
                    .logLikelihoodRatio());
            competitors += lowered[c];
        }
        List<ConditionFloor> floors = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Condition condition = kb.conditions().get(c);
            double probability = raised[c] == 0 ? 0 : raised[c] / (raised[c] + competitors - lowered[c]);
            if (probability >= condition.triage().actionThreshold() || isMostLikely(c, raised, lowered)) {
                floors.add(new ConditionFloor(condition, probability));
            }
        }
        floors.sort(Comparator.comparingInt((ConditionFloor f) -> f.condition().triage().level().urgency())
                .reversed());
        return floors;
    }

    /**
     * The most likely cause's urgency applies whatever its probability: if the best explanation needs a doctor,
     * the person should see one. Compared one-sidedly (this condition raised, every other lowered), so a present
     * red flag can only keep or make a condition the most likely.
     */
    private static boolean isMostLikely(int c, double[] raised, double[] lowered) {
        if (raised[c] == 0) {
            return false;
        }
        for (int d = 0; d < raised.length; d++) {
            if (d != c && lowered[d] > raised[c]) {
                return false;
            }
        }
        return true;
    }
}
