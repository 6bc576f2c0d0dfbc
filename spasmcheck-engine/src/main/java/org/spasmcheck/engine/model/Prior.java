package org.spasmcheck.engine.model;

import java.util.List;
import java.util.Map;

/**
 * Pre-test probability of a condition among adults presenting with cramps or spasms, with multipliers by age band
 * and sex where sources allow.
 */
public record Prior(double value, Citation citation, List<AgeFactor> byAge, Map<String, Double> bySex, Citation sexCitation) {
    public Prior {
        byAge = List.copyOf(byAge);
        bySex = Map.copyOf(bySex);
    }

    /** A multiplier applying to ages in [from, below). */
    public record AgeFactor(Double from, Double below, double factor, Citation citation) {
        public boolean contains(double age) {
            return (from == null || age >= from) && (below == null || age < below);
        }
    }

    /** The prior multiplier for this evidence: the first matching age band times the sex factor (1 when unknown). */
    public double multiplier(Evidence evidence) {
        double m = 1.0;
        if (evidence.known("age_years").orElse(null) instanceof Value.Number age) {
            m *= byAge.stream().filter(a -> a.contains(age.value())).findFirst().map(AgeFactor::factor).orElse(1.0);
        }
        if (evidence.known("sex").orElse(null) instanceof Value.Choice sex) {
            m *= bySex.getOrDefault(sex.option(), 1.0);
        }
        return m;
    }
}
