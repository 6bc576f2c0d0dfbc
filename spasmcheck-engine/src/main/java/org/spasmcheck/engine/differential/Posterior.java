package org.spasmcheck.engine.differential;

import java.util.List;
import org.spasmcheck.engine.expression.Truth;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;

/**
 * The probabilities of the causes and nothing else: no contributions, no explanations, no ranking. For callers that
 * need many posteriors and read only their numbers (triage examines one per subset of the present red-flag answers).
 * The arithmetic is {@link Differential#compute}'s, step for step, so each probability is identical to the
 * differential's to the last bit.
 *
 * @param probability conditions in knowledge-base order, then "other cause"; they sum to 1
 * @param excluded    the conditions whose {@code excluded_if} is TRUE (weight 0), in knowledge-base order
 */
public record Posterior(double[] probability, boolean[] excluded) {

    public static Posterior compute(LikelihoodModel model, Evidence evidence) {
        KnowledgeBase kb = model.knowledgeBase();
        List<Condition> conditions = kb.conditions();
        double[] pretest = Differential.pretestProbabilities(kb, evidence);
        double[] logWeight = new double[conditions.size() + 1];
        boolean[] excluded = new boolean[conditions.size()];
        LikelihoodModel.Observations observations = model.observe(evidence);
        for (int c = 0; c < conditions.size(); c++) {
            excluded[c] = conditions.get(c).excludedIf().evaluate(evidence, kb.findings()) == Truth.TRUE;
            logWeight[c] = excluded[c] ? Double.NEGATIVE_INFINITY
                    : Math.log(pretest[c]) + model.logLikelihoodRatio(c, observations);
        }
        logWeight[conditions.size()] = Math.log(pretest[conditions.size()]);
        return new Posterior(Differential.softmax(logWeight), excluded);
    }

    /**
     * The most likely condition ("other cause" aside), the first in knowledge-base order among equals, as
     * {@link Differential#top()} ranks them; -1 when there is no condition.
     */
    public int top() {
        int best = -1;
        for (int c = 0; c < excluded.length; c++) {
            if (best < 0 || probability[c] > probability[best]) {
                best = c;
            }
        }
        return best;
    }
}
