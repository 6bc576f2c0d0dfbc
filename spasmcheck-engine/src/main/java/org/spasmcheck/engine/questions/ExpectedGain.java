package org.spasmcheck.engine.questions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spasmcheck.engine.differential.LikelihoodModel;
import org.spasmcheck.engine.model.Finding;

/**
 * The expected information gain of every finding ({@link InformationGain}'s formula), with what does not depend on
 * the current probabilities computed once per knowledge base. Per cause i and question feature,
 * KL(P(.|i) || P(.)) = sum_o l_io ln l_io - sum_o l_io ln P(o): the first sum is fixed, so a call takes one log per
 * outcome (ln P(o)) instead of one per cause and outcome, and causes of probability 0 are skipped. The results
 * equal {@link InformationGain}'s up to rounding in the last bits (docs/ENGINE.md, "Next question", for the tie rule
 * that makes this harmless). Immutable; {@link #scorer} gives a per-call view with its own scratch space.
 */
public final class ExpectedGain {
    private static final double LN2 = Math.log(2);
    /** Rounding may leave a gain of -1e-17; that is zero, not a loss (as in {@link InformationGain}). */
    private static final double ROUNDING = 1e-12;

    /**
     * One scored feature of a finding.
     *
     * @param likelihood P(outcome | cause), flat: cause i's row starts at i * outcomes
     * @param sumLLogL   per cause, sum over outcomes of l ln l (natural log; terms with l = 0 are 0)
     */
    private record Table(int outcomes, double[] likelihood, double[] sumLLogL) {
    }

    private final int causes;
    private final int[] groupOfCause;
    private final int groups;
    private final int maxOutcomes;
    private final Map<String, Table[]> tablesByFinding = new HashMap<>();

    /**
     * @param groupOfCause the group (0..groups-1) of each cause, conditions in knowledge-base order then "other
     *                     cause": the gain about the groups (e.g. triage levels) is reported beside the gain about
     *                     the causes
     */
    public ExpectedGain(LikelihoodModel model, int[] groupOfCause, int groups) {
        this.causes = model.knowledgeBase().conditions().size() + 1;
        this.groupOfCause = groupOfCause.clone();
        this.groups = groups;
        int widest = 1;
        for (Finding f : model.knowledgeBase().findings().values()) {
            List<double[][]> tables = model.likelihoodTables(f.id());
            Table[] compiled = new Table[tables.size()];
            for (int t = 0; t < compiled.length; t++) {
                compiled[t] = compile(tables.get(t));
                widest = Math.max(widest, compiled[t].outcomes());
            }
            tablesByFinding.put(f.id(), compiled);
        }
        this.maxOutcomes = widest;
    }

    private static Table compile(double[][] table) {
        int outcomes = table[0].length;
        double[] flat = new double[table.length * outcomes];
        double[] sumLLogL = new double[table.length];
        for (int i = 0; i < table.length; i++) {
            for (int o = 0; o < outcomes; o++) {
                double l = table[i][o];
                flat[i * outcomes + o] = l;
                if (l > 0) {
                    sumLLogL[i] += l * Math.log(l);
                }
            }
        }
        return new Table(outcomes, flat, sumLLogL);
    }

    /** A view for one set of current probabilities (conditions in knowledge-base order, then "other cause"). */
    public Scorer scorer(double[] posterior) {
        return new Scorer(posterior);
    }

    /** Gains for one posterior; not thread-safe (it reuses its scratch arrays), so one per call. */
    public final class Scorer {
        private final double[] prior;
        /** The causes with a probability above 0: the others take no part in any sum. */
        private final int[] live;
        private final double[] groupPrior = new double[groups];
        private final double[] predictive = new double[maxOutcomes];
        private final double[] logPredictive = new double[maxOutcomes];
        private final double[] joint = new double[groups * maxOutcomes];

        private Scorer(double[] posterior) {
            if (posterior.length != causes) {
                throw new IllegalArgumentException("expected " + causes + " causes, got " + posterior.length);
            }
            this.prior = posterior.clone();
            int n = 0;
            int[] nonZero = new int[causes];
            for (int i = 0; i < causes; i++) {
                if (prior[i] > 0) {
                    nonZero[n++] = i;
                    groupPrior[groupOfCause[i]] += prior[i];
                }
            }
            this.live = java.util.Arrays.copyOf(nonZero, n);
        }

        /**
         * The question's score: the gain about the cause (never below 0) plus {@code groupWeight} times the gain
         * about the groups, in bits; for a multi_choice finding the gains of its options are added.
         */
        public double score(String findingId, double groupWeight) {
            double causeBits = 0;
            double groupBits = 0;
            for (Table t : tables(findingId)) {
                predictive(t);
                causeBits += causeBits(t, null);
                groupBits += groupBits(t);
            }
            return Math.max(0, causeBits) + groupWeight * groupBits;
        }

        /** The expected gain about the cause, in bits. */
        public double causeBits(String findingId) {
            double bits = 0;
            for (Table t : tables(findingId)) {
                predictive(t);
                bits += causeBits(t, null);
            }
            return bits;
        }

        /** The expected gain about the groups of causes, in bits. */
        public double groupBits(String findingId) {
            double bits = 0;
            for (Table t : tables(findingId)) {
                predictive(t);
                bits += groupBits(t);
            }
            return bits;
        }

        /** Each cause's share pi_i KL(P(.|i) || P(.)) of the gain about the cause, in bits; they sum to it. */
        public double[] perCause(String findingId) {
            double[] share = new double[causes];
            for (Table t : tables(findingId)) {
                predictive(t);
                causeBits(t, share);
            }
            return share;
        }

        private Table[] tables(String findingId) {
            return tablesByFinding.getOrDefault(findingId, new Table[0]);
        }

        /** P(o) = sum_i pi_i P(o | i), and its log (0 where P(o) = 0: no live cause gives that answer). */
        private void predictive(Table t) {
            int outcomes = t.outcomes();
            double[] l = t.likelihood();
            java.util.Arrays.fill(predictive, 0, outcomes, 0);
            for (int i : live) {
                int row = i * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    predictive[o] += prior[i] * l[row + o];
                }
            }
            for (int o = 0; o < outcomes; o++) {
                logPredictive[o] = predictive[o] > 0 ? Math.log(predictive[o]) : 0;
            }
        }

        /** Sum over live causes of pi_i KL_i, in bits; adds each cause's share to {@code shares} when given. */
        private double causeBits(Table t, double[] shares) {
            int outcomes = t.outcomes();
            double[] l = t.likelihood();
            double nats = 0;
            for (int i : live) {
                int row = i * outcomes;
                double cross = 0;
                for (int o = 0; o < outcomes; o++) {
                    cross += l[row + o] * logPredictive[o];
                }
                double share = prior[i] * (t.sumLLogL()[i] - cross);
                if (shares != null) {
                    shares[i] += share / LN2;
                }
                nats += share;
            }
            return nats / LN2;
        }

        /**
         * The same after merging the causes of each group: with a_go = sum over the group's causes of
         * pi_i P(o | i) and pi_g their probability, sum_g,o a_go log(a_go / (pi_g P(o))).
         */
        private double groupBits(Table t) {
            int outcomes = t.outcomes();
            double[] l = t.likelihood();
            java.util.Arrays.fill(joint, 0, groups * outcomes, 0);
            for (int i : live) {
                int row = i * outcomes;
                int cell = groupOfCause[i] * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    joint[cell + o] += prior[i] * l[row + o];
                }
            }
            double nats = 0;
            for (int g = 0; g < groups; g++) {
                if (groupPrior[g] == 0) {
                    continue;
                }
                for (int o = 0; o < outcomes; o++) {
                    double a = joint[g * outcomes + o];
                    if (a > 0 && predictive[o] > 0) {
                        nats += a * Math.log(a / (groupPrior[g] * predictive[o]));
                    }
                }
            }
            double bits = nats / LN2;
            return bits < 0 && bits > -ROUNDING ? 0 : bits;
        }
    }
}
