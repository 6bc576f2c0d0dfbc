package org.spasmcheck.engine.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.LikelihoodModel;
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
 * the validator), and a condition's triage probability counts a present red-flag finding only when it raises the
 * condition. So adding a present red-flag finding can only add fired rules and raise condition probabilities.
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
     * Conditions whose own post-test probability (pretest odds times the product of LRs, the condition against
     * everything else) reaches the action threshold.
     */
    private List<ConditionFloor> conditionFloors(Evidence evidence) {
        KnowledgeBase kb = model.knowledgeBase();
        double[] pretest = Differential.pretestProbabilities(kb, evidence);
        List<ConditionFloor> floors = new ArrayList<>();
        for (int c = 0; c < kb.conditions().size(); c++) {
            Condition condition = kb.conditions().get(c);
            if (condition.excludedIf().evaluate(evidence, kb.findings()) == Truth.TRUE) {
                continue;
            }
            double logOdds = Math.log(pretest[c] / (1 - pretest[c]))
                    + model.score(c, evidence, redFlagFindings).logLikelihoodRatio();
            double probability = 1 / (1 + Math.exp(-logOdds));
            if (probability >= condition.triage().actionThreshold()) {
                floors.add(new ConditionFloor(condition, probability));
            }
        }
        floors.sort(Comparator.comparingInt((ConditionFloor f) -> f.condition().triage().level().urgency())
                .reversed());
        return floors;
    }
}
