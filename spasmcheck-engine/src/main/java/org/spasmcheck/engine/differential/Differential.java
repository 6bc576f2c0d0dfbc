package org.spasmcheck.engine.differential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spasmcheck.engine.expression.Truth;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;

/**
 * The ranked causes with calibrated probabilities and an explicit "other cause" remainder; they sum to 1.
 *
 * <p>For each condition: log weight = log pretest probability + sum of log LRs over the answered findings;
 * the weights of the conditions and of "other cause" (which no finding changes) are normalised to 1.
 * Formulas and a worked example: docs/ENGINE.md.
 */
public record Differential(List<RankedCondition> ranked, double otherProbability) {
    public Differential {
        ranked = List.copyOf(ranked);
    }

    public Optional<RankedCondition> top() {
        return ranked.stream().findFirst();
    }

    public Optional<RankedCondition> of(String conditionId) {
        return ranked.stream().filter(r -> r.condition().id().equals(conditionId)).findFirst();
    }

    /** Rank (1-based) of the first of these conditions, or 0 when none is ranked. */
    public int rankOfAny(Set<String> conditionIds) {
        for (int i = 0; i < ranked.size(); i++) {
            if (conditionIds.contains(ranked.get(i).condition().id())) {
                return i + 1;
            }
        }
        return 0;
    }

    public static Differential compute(LikelihoodModel model, Evidence evidence) {
        KnowledgeBase kb = model.knowledgeBase();
        List<Condition> conditions = kb.conditions();
        double[] pretest = pretestProbabilities(kb, evidence);
        double otherPretest = pretest[conditions.size()];
        double[] logWeight = new double[conditions.size() + 1];
        List<ConditionScore> scores = new ArrayList<>();
        LikelihoodModel.Observed observed = model.observe(evidence);
        for (int c = 0; c < conditions.size(); c++) {
            ConditionScore score = model.score(c, observed);
            scores.add(score);
            boolean excluded = conditions.get(c).excludedIf().evaluate(evidence, kb.findings()) == Truth.TRUE;
            logWeight[c] = excluded ? Double.NEGATIVE_INFINITY : Math.log(pretest[c]) + score.logLikelihoodRatio();
        }
        logWeight[conditions.size()] = Math.log(otherPretest);
        double[] probability = softmax(logWeight);
        List<RankedCondition> ranked = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            ranked.add(new RankedCondition(conditions.get(c), probability[c], pretest[c],
                    scores.get(c).logLikelihoodRatio(), scores.get(c).contributions(),
                    logWeight[c] == Double.NEGATIVE_INFINITY));
        }
        // Stable order: by probability, ties by knowledge-base order, so the output never depends on chance.
        ranked.sort(Comparator.comparingDouble(RankedCondition::probability).reversed());
        return new Differential(ranked, probability[conditions.size()]);
    }

    /**
     * Pretest probabilities: each prior times its age and sex multiplier; "other cause" keeps 1 - sum of priors;
     * the lot is normalised to 1. The last element is "other cause".
     */
    public static double[] pretestProbabilities(KnowledgeBase kb, Evidence evidence) {
        List<Condition> conditions = kb.conditions();
        double[] p = new double[conditions.size() + 1];
        double baseSum = 0;
        for (int c = 0; c < conditions.size(); c++) {
            p[c] = conditions.get(c).prior().value() * conditions.get(c).prior().multiplier(evidence);
            baseSum += conditions.get(c).prior().value();
        }
        p[conditions.size()] = Math.max(1 - baseSum, LikelihoodModel.MIN_LIKELIHOOD);
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** Normalises log weights to probabilities without overflow (log-sum-exp). */
    static double[] softmax(double[] logWeight) {
        double max = Double.NEGATIVE_INFINITY;
        for (double w : logWeight) {
            max = Math.max(max, w);
        }
        double sum = 0;
        double[] out = new double[logWeight.length];
        for (int i = 0; i < logWeight.length; i++) {
            out[i] = logWeight[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(logWeight[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
