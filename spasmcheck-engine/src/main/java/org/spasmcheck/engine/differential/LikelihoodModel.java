package org.spasmcheck.engine.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.LikelihoodRatioEntry;
import org.spasmcheck.engine.model.ModelParameters;
import org.spasmcheck.engine.model.Reported;

/**
 * The knowledge base compiled into, for every condition and every outcome of every feature, the likelihood
 * P(outcome | condition) and the likelihood ratio applied to the condition's odds. Formulas: docs/ENGINE.md.
 * Built once per knowledge base; immutable.
 */
public final class LikelihoodModel {
    /** Likelihoods are kept inside (0, 1) so that every answer stays possible and logs stay finite. */
    static final double MIN_LIKELIHOOD = 0.001;
    static final double MAX_LIKELIHOOD = 0.999;
    static final String SITE_GROUP = "cramp_site_mismatch";

    /** One outcome's weight on one condition. A null matchType means neutral (LR 1, not shown). */
    record Term(double likelihood, double lr, MatchType matchType, String group, Citation citation) {
    }

    /** The answered features of one evidence, in feature order, and the outcome index each shows. */
    record Observations(int[] features, int[] outcomes) {
    }

    private final KnowledgeBase kb;
    private final List<Feature> features = new ArrayList<>();
    private final Map<String, List<Integer>> featureIndexesByFinding = new HashMap<>();
    /** terms[feature][condition][outcome]. */
    private final Term[][][] terms;
    /**
     * contributions[feature][condition][outcome], null where the term is neutral. Values, so they are built once
     * here rather than on every score (a differential scores every condition, and triage may take several).
     */
    private final Contribution[][][] contributions;
    /** logLr[feature][condition][outcome] = log of the contribution's likelihood ratio, taken once. */
    private final double[][][] logLr;
    /** The likelihood tables of each finding, built once because question selection reads all of them per call. */
    private final Map<String, List<double[][]>> tablesByFinding = new HashMap<>();

    public LikelihoodModel(KnowledgeBase kb) {
        this.kb = kb;
        for (Finding finding : kb.findings().values()) {
            List<Integer> indexes = new ArrayList<>();
            for (Feature f : featuresOf(finding)) {
                indexes.add(features.size());
                features.add(f);
            }
            featureIndexesByFinding.put(finding.id(), indexes);
        }
        terms = new Term[features.size()][kb.conditions().size()][];
        for (int f = 0; f < features.size(); f++) {
            for (int c = 0; c < kb.conditions().size(); c++) {
                terms[f][c] = termsFor(features.get(f), kb.conditions().get(c));
            }
        }
        contributions = new Contribution[features.size()][kb.conditions().size()][];
        for (int f = 0; f < features.size(); f++) {
            for (int c = 0; c < kb.conditions().size(); c++) {
                contributions[f][c] = contributionsFor(features.get(f), terms[f][c]);
            }
        }
        logLr = new double[features.size()][kb.conditions().size()][];
        for (int f = 0; f < features.size(); f++) {
            for (int c = 0; c < kb.conditions().size(); c++) {
                logLr[f][c] = Arrays.stream(terms[f][c]).mapToDouble(t -> Math.log(t.lr())).toArray();
            }
        }
        featureIndexesByFinding.forEach((finding, indexes) ->
                tablesByFinding.put(finding, indexes.stream().map(this::likelihoodTable).toList()));
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }


    /**
     * For each scored feature of the finding, the table P(outcome | cause): one row per condition in knowledge-base
     * order, then a last row for "other cause", which has the background distribution. The tables are shared, not
     * copied (question selection reads every finding's tables on every call): read them, never write to them.
     */
    public List<double[][]> likelihoodTables(String findingId) {
        return tablesByFinding.getOrDefault(findingId, List.of());
    }

    private double[][] likelihoodTable(int f) {
        int conditions = kb.conditions().size();
        double[][] table = new double[conditions + 1][];
        for (int c = 0; c < conditions; c++) {
            Term[] t = terms[f][c];
            table[c] = new double[t.length];
            for (int o = 0; o < t.length; o++) {
                table[c][o] = t[o].likelihood();
            }
        }
        table[conditions] = features.get(f).background().clone();
        return table;
    }

    /**
     * The sum of log likelihood ratios of the answers for one condition, with each answer's contribution.
     * Within a correlated group only the strongest LR counts.
     */
    public ConditionScore score(int condition, Evidence evidence) {
        return score(condition, observe(evidence));
    }

    /** Reads the evidence once for every condition to be scored against it. */
    Observations observe(Evidence evidence) {
        int[] observed = new int[features.size()];
        int[] outcomes = new int[features.size()];
        int n = 0;
        for (int f = 0; f < features.size(); f++) {
            int outcome = features.get(f).observe(evidence);
            if (outcome != Feature.NOT_OBSERVED) {
                observed[n] = f;
                outcomes[n] = outcome;
                n++;
            }
        }
        return new Observations(Arrays.copyOf(observed, n), Arrays.copyOf(outcomes, n));
    }

    ConditionScore score(int condition, Observations observations) {
        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < observations.features().length; i++) {
            Contribution c = contributions[observations.features()[i]][condition][observations.outcomes()[i]];
            if (c != null) {
                all.add(c);
            }
        }
        return new ConditionScore(logLikelihoodRatio(condition, observations), strongestPerGroup(all));
    }

    /**
     * The summed log likelihood ratio of the answers for one condition, without building its contributions: the
     * same counted terms as {@link #score(int, Observations)} (in a correlated group, the first of the strongest),
     * added in the same order by the same compensated sum, so a probabilities-only posterior is identical to the
     * differential's to the last bit.
     */
    double logLikelihoodRatio(int condition, Observations observations) {
        int[] features = observations.features();
        int[] outcomes = observations.outcomes();
        // Kahan-compensated exactly as DoubleStream.sum() (Java 17.0.15), which this sum once was: the same bits
        // (AssessmentBaselineTest), without a stream per condition. Fixed here, it no longer depends on the JDK.
        double sum = 0;
        double compensation = 0;
        double simpleSum = 0;
        for (int i = 0; i < features.length; i++) {
            Contribution c = contributions[features[i]][condition][outcomes[i]];
            if (c != null && (c.group() == null || isStrongestOfGroup(condition, observations, i))) {
                double term = logLr[features[i]][condition][outcomes[i]] - compensation;
                double next = sum + term;
                compensation = (next - sum) - term;
                sum = next;
                simpleSum += logLr[features[i]][condition][outcomes[i]];
            }
        }
        double total = sum - compensation;
        return Double.isNaN(total) && Double.isInfinite(simpleSum) ? simpleSum : total;
    }

    /** True when no earlier answer of the same group is at least as strong and no later one is stronger. */
    private boolean isStrongestOfGroup(int condition, Observations observations, int index) {
        int[] features = observations.features();
        int[] outcomes = observations.outcomes();
        String group = contributions[features[index]][condition][outcomes[index]].group();
        double strength = Math.abs(logLr[features[index]][condition][outcomes[index]]);
        for (int j = 0; j < features.length; j++) {
            Contribution other = contributions[features[j]][condition][outcomes[j]];
            if (j == index || other == null || !group.equals(other.group())) {
                continue;
            }
            double otherStrength = Math.abs(logLr[features[j]][condition][outcomes[j]]);
            if (j < index ? otherStrength >= strength : otherStrength > strength) {
                return false;
            }
        }
        return true;
    }

    private static Contribution[] contributionsFor(Feature feature, Term[] terms) {
        Contribution[] out = new Contribution[terms.length];
        for (int o = 0; o < terms.length; o++) {
            Term t = terms[o];
            if (t.matchType() != null) {
                String option = feature.option() != null ? feature.option()
                        : feature.finding().type() == FindingType.BOOLEAN ? null : feature.outcomes().get(o);
                out[o] = new Contribution(feature.finding().id(), option, feature.describe(o), t.lr(), t.matchType(),
                        t.group(), t.citation(), true);
            }
        }
        return out;
    }

    /** Correlated findings are not double-counted: in each group only the LR furthest from 1 counts. */
    private static List<Contribution> strongestPerGroup(List<Contribution> all) {
        Map<String, Contribution> strongest = new HashMap<>();
        for (Contribution c : all) {
            if (c.group() != null) {
                strongest.merge(c.group(), c, (a, b) ->
                        Math.abs(Math.log(b.likelihoodRatio())) > Math.abs(Math.log(a.likelihoodRatio())) ? b : a);
            }
        }
        List<Contribution> out = new ArrayList<>(all.size());
        for (Contribution c : all) {
            out.add(c.group() == null || strongest.get(c.group()) == c ? c : c.uncounted());
        }
        return out;
    }

    private static List<Feature> featuresOf(Finding finding) {
        return switch (finding.type()) {
            case BOOLEAN -> {
                double bg = finding.background().getOrDefault(Finding.YES, 0.5);
                yield List.of(new Feature(finding, null, List.of(Finding.YES, Finding.NO), new double[] {bg, 1 - bg}));
            }
            case MULTI_CHOICE -> finding.options().stream().map(o -> {
                double bg = finding.background().getOrDefault(o, 0.1);
                return new Feature(finding, o, List.of(Finding.YES, Finding.NO), new double[] {bg, 1 - bg});
            }).toList();
            case CHOICE, NUMBER -> {
                List<String> outcomes = finding.outcomeIds();
                double[] bg = outcomes.stream().mapToDouble(o -> finding.background().getOrDefault(o, 0.0)).toArray();
                yield List.of(new Feature(finding, null, outcomes, normalised(bg)));
            }
        };
    }

    private Term[] termsFor(Feature feature, Condition condition) {
        List<LikelihoodRatioEntry> entries = condition.likelihoodRatios().stream()
                .filter(e -> e.findingId().equals(feature.finding().id()))
                .filter(e -> feature.option() == null || feature.option().equals(e.option()))
                .toList();
        return feature.isBinary() ? binaryTerms(feature, condition, entries) : categoricalTerms(feature, entries);
    }

    private Term[] binaryTerms(Feature feature, Condition condition, List<LikelihoodRatioEntry> entries) {
        ModelParameters p = kb.model();
        double bg = feature.background()[Feature.YES];
        if (!entries.isEmpty()) {
            LikelihoodRatioEntry e = entries.get(0);
            double[] lr = ratios(e.reported(), bg);
            double sensitivity = clampLikelihood(sensitivity(e.reported(), bg, lr));
            return new Term[] {
                new Term(sensitivity, p.cap(lr[0]), MatchType.PRESENT, e.group(), e.citation()),
                new Term(1 - sensitivity, p.cap(lr[1]), MatchType.ABSENT, e.group(), e.citation())};
        }
        if (feature.finding().type() == FindingType.MULTI_CHOICE) {
            if (condition.sites().isEmpty() || explainsSite(condition.sites(), feature)) {
                return neutral(feature);
            }
            return lowered(bg, p.siteMismatchLr(), MatchType.SITE_MISMATCH, SITE_GROUP, p.citation());
        }
        if (feature.finding().kind().needsExplaining()) {
            return lowered(bg, p.unexplainedFrequencyFactor(), MatchType.UNEXPLAINED, null, p.citation());
        }
        return neutral(feature);
    }

    /** A finding the condition does not explain: it occurs at {@code factor} times its background frequency. */
    private Term[] lowered(double bg, double factor, MatchType type, String group, Citation citation) {
        double likelihood = clampLikelihood(factor * bg);
        double lrNo = (1 - likelihood) / (1 - bg);
        MatchType absentType = type == MatchType.UNEXPLAINED ? MatchType.UNEXPLAINED_ABSENT : type;
        return new Term[] {
            new Term(likelihood, kb.model().cap(likelihood / bg), type, group, citation),
            new Term(1 - likelihood, kb.model().cap(lrNo), absentType, group, citation)};
    }

    private static Term[] neutral(Feature feature) {
        Term[] out = new Term[feature.outcomes().size()];
        for (int o = 0; o < out.length; o++) {
            out[o] = new Term(feature.background()[o], 1.0, null, null, null);
        }
        return out;
    }

    /**
     * Choice and number findings: listed options take P(o|C) = LR x background (or the reported frequency); the
     * probability left over is shared by unlisted options in proportion to their background.
     */
    private Term[] categoricalTerms(Feature feature, List<LikelihoodRatioEntry> entries) {
        if (entries.isEmpty()) {
            return neutral(feature);
        }
        int n = feature.outcomes().size();
        double[] likelihood = new double[n];
        LikelihoodRatioEntry[] byOutcome = new LikelihoodRatioEntry[n];
        double listed = 0;
        double unlistedBackground = 0;
        for (int o = 0; o < n; o++) {
            String id = feature.outcomes().get(o);
            LikelihoodRatioEntry e = entries.stream().filter(x -> id.equals(x.option())).findFirst().orElse(null);
            byOutcome[o] = e;
            if (e == null) {
                unlistedBackground += feature.background()[o];
            } else {
                likelihood[o] = optionLikelihood(e.reported(), feature.background()[o]);
                listed += likelihood[o];
            }
        }
        double remainder = Math.max(0, 1 - listed);
        for (int o = 0; o < n; o++) {
            if (byOutcome[o] == null) {
                likelihood[o] = unlistedBackground > 0 ? remainder * feature.background()[o] / unlistedBackground : 0;
            }
        }
        normaliseInPlace(likelihood);
        Term[] out = new Term[n];
        for (int o = 0; o < n; o++) {
            double l = clampLikelihood(likelihood[o]);
            double lr = kb.model().cap(l / Math.max(feature.background()[o], MIN_LIKELIHOOD));
            LikelihoodRatioEntry e = byOutcome[o];
            out[o] = e != null
                    ? new Term(l, lr, MatchType.OPTION, e.group(), e.citation())
                    : new Term(l, lr, MatchType.OTHER_OPTION, null, entries.get(0).citation());
        }
        return out;
    }

    private static double optionLikelihood(Reported reported, double background) {
        if (reported instanceof Reported.Frequency f) {
            return f.frequency();
        }
        if (reported instanceof Reported.OptionRatio r) {
            return Math.min(MAX_LIKELIHOOD, r.lr() * background);
        }
        if (reported instanceof Reported.Ratios r) {
            return Math.min(MAX_LIKELIHOOD, r.lrPos() * background);
        }
        Reported.Accuracy a = (Reported.Accuracy) reported;
        return a.sensitivity();
    }

    /** LR+ and LR- from what the source reported (docs/ENGINE.md, "Deriving likelihood ratios"). */
    static double[] ratios(Reported reported, double background) {
        if (reported instanceof Reported.Ratios r) {
            if (r.lrNeg() != null) {
                return new double[] {r.lrPos(), r.lrNeg()};
            }
            double s = clampLikelihood(r.lrPos() * background);
            return new double[] {r.lrPos(), (1 - s) / (1 - background)};
        }
        if (reported instanceof Reported.Accuracy a) {
            return new double[] {a.sensitivity() / (1 - a.specificity()), (1 - a.sensitivity()) / a.specificity()};
        }
        if (reported instanceof Reported.Frequency f) {
            double s = clampLikelihood(f.frequency());
            return new double[] {s / background, (1 - s) / (1 - background)};
        }
        double lr = ((Reported.OptionRatio) reported).lr();
        double s = clampLikelihood(lr * background);
        return new double[] {lr, (1 - s) / (1 - background)};
    }

    /**
     * P(yes | condition), used for the predictive probability of an answer. From an LR pair it is the sensitivity
     * that the pair implies: s = LR+ (1 - LR-) / (LR+ - LR-); where the pair implies none, LR+ x background.
     */
    static double sensitivity(Reported reported, double background, double[] lr) {
        if (reported instanceof Reported.Accuracy a) {
            return a.sensitivity();
        }
        if (reported instanceof Reported.Frequency f) {
            return f.frequency();
        }
        double lrPos = lr[0];
        double lrNeg = lr[1];
        if (lrPos > 1 && lrNeg < 1 || lrPos < 1 && lrNeg > 1) {
            return lrPos * (1 - lrNeg) / (lrPos - lrNeg);
        }
        return lrPos * background;
    }

    private static boolean explainsSite(Set<String> sites, Feature feature) {
        String option = feature.option();
        Map<String, List<String>> covers = feature.finding().optionCovers();
        if (sites.contains(option)) {
            return true;
        }
        boolean coversASite = covers.getOrDefault(option, List.of()).stream().anyMatch(sites::contains);
        boolean coveredByASite = sites.stream().anyMatch(s -> covers.getOrDefault(s, List.of()).contains(option));
        return coversASite || coveredByASite;
    }

    static double clampLikelihood(double p) {
        return Math.max(MIN_LIKELIHOOD, Math.min(MAX_LIKELIHOOD, p));
    }

    private static double[] normalised(double[] values) {
        double[] copy = values.clone();
        normaliseInPlace(copy);
        return copy;
    }

    private static void normaliseInPlace(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (sum <= 0) {
            java.util.Arrays.fill(values, 1.0 / values.length);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= sum;
        }
    }
}
