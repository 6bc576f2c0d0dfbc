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

    /**
     * The answers a prior depends on, read from the evidence once for all conditions.
     *
     * @param age the known age in years, else null
     * @param sex the known sex option, else null
     */
    public record Demographics(Double age, String sex) {
        public static Demographics of(Evidence evidence) {
            return new Demographics(evidence.known("age_years").orElse(null) instanceof Value.Number n ? n.value() : null,
                    evidence.known("sex").orElse(null) instanceof Value.Choice c ? c.option() : null);
        }
    }

    /** The prior multiplier for this evidence: the first matching age band times the sex factor (1 when unknown). */
    public double multiplier(Evidence evidence) {
        return multiplier(Demographics.of(evidence));
    }

    public double multiplier(Demographics demographics) {
        double m = 1.0;
        if (demographics.age() != null) {
            m *= ageFactor(demographics.age());
        }
        if (demographics.sex() != null) {
            m *= bySex.getOrDefault(demographics.sex(), 1.0);
        }
        return m;
    }

    private double ageFactor(double age) {
        for (AgeFactor a : byAge) {
            if (a.contains(age)) {
                return a.factor();
            }
        }
        return 1.0;
    }
}
