package org.spasmcheck.engine.questions;

/**
 * Expected information gain of a question, as the mutual information between the cause and the answer:
 * IG = sum_i pi_i sum_o P(o|C_i) log2(P(o|C_i) / P(o)), with P(o) = sum_i pi_i P(o|C_i).
 * This equals H(now) - E_o[H(after o)] and is never negative (Gibbs' inequality).
 */
public final class InformationGain {
    /** Rounding may leave a gain of -1e-17; that is zero, not a loss. */
    private static final double ROUNDING = 1e-12;
    /** Natural logs divided by this are in bits; taken once, not in every term of every question's gain. */
    private static final double LN2 = Math.log(2);

    private InformationGain() {
    }

    /**
     * @param prior      current probabilities of the causes (sum 1)
     * @param likelihood likelihood[i][o] = P(answer o | cause i); each row sums to 1
     * @return per-cause share of the gain; their sum is the gain in bits
     */
    public static double[] perCause(double[] prior, double[][] likelihood) {
        int outcomes = likelihood[0].length;
        double[] predictive = new double[outcomes];
        for (int i = 0; i < prior.length; i++) {
            for (int o = 0; o < outcomes; o++) {
                predictive[o] += prior[i] * likelihood[i][o];
            }
        }
        double[] share = new double[prior.length];
        for (int i = 0; i < prior.length; i++) {
            if (prior[i] == 0) {
                continue;
            }
            double kl = 0;
            for (int o = 0; o < outcomes; o++) {
                double l = likelihood[i][o];
                if (l > 0 && predictive[o] > 0) {
                    kl += l * Math.log(l / predictive[o]) / LN2;
                }
            }
            share[i] = prior[i] * kl;
        }
        return share;
    }

    public static double bits(double[] prior, double[][] likelihood) {
        double sum = 0;
        for (double s : perCause(prior, likelihood)) {
            sum += s;
        }
        return sum < 0 && sum > -ROUNDING ? 0 : sum;
    }

    /**
     * The information an answer gives about a grouping of the causes (e.g. their triage levels): the causes of a
     * group are merged, then the same mutual information is taken. Never more than the gain about the causes.
     *
     * @param group group[i] is the group (0..groups-1) of cause i
     */
    public static double bitsGrouped(double[] prior, double[][] likelihood, int[] group, int groups) {
        int outcomes = likelihood[0].length;
        double[] groupPrior = new double[groups];
        double[][] groupLikelihood = new double[groups][outcomes];
        for (int i = 0; i < prior.length; i++) {
            groupPrior[group[i]] += prior[i];
            for (int o = 0; o < outcomes; o++) {
                groupLikelihood[group[i]][o] += prior[i] * likelihood[i][o];
            }
        }
        for (int g = 0; g < groups; g++) {
            for (int o = 0; o < outcomes; o++) {
                groupLikelihood[g][o] = groupPrior[g] > 0 ? groupLikelihood[g][o] / groupPrior[g] : 1.0 / outcomes;
            }
        }
        return bits(groupPrior, groupLikelihood);
    }

    /** Shannon entropy in bits. */
    public static double entropy(double[] p) {
        double h = 0;
        for (double x : p) {
            if (x > 0) {
                h -= x * Math.log(x) / LN2;
            }
        }
        return h;
    }
}
