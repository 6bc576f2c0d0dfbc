package org.spasmcheck.cli.eval;

import java.util.Arrays;
import java.util.List;

/** The metrics of VIGNETTES.md over a run. */
public record EvaluationSummary(String mode, int n, double top1, double top3, double triageExact, double triageSafe,
                                List<String> underTriage, double overTriage, double questionsMedian,
                                double questionsP90) {

    public static EvaluationSummary of(EvaluationMode mode, List<VignetteOutcome> outcomes) {
        int n = outcomes.size();
        double[] q = outcomes.stream().mapToDouble(VignetteOutcome::questions).sorted().toArray();
        return new EvaluationSummary(mode.name(), n,
                share(outcomes, o -> o.rank() == 1),
                share(outcomes, o -> o.rank() >= 1 && o.rank() <= 3),
                share(outcomes, VignetteOutcome::triageExact),
                share(outcomes, o -> !o.underTriaged()),
                outcomes.stream().filter(VignetteOutcome::underTriaged).map(o -> o.vignette().id()).toList(),
                share(outcomes, VignetteOutcome::overTriaged),
                median(q), percentile(q, 0.9));
    }

    private static double share(List<VignetteOutcome> outcomes, java.util.function.Predicate<VignetteOutcome> p) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(p).count() / outcomes.size();
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @Override
    public String toString() {
        return "EvaluationSummary" + Arrays.asList(mode, n, top1, top3, triageExact, triageSafe, underTriage, overTriage,
                questionsMedian, questionsP90);
    }
}
