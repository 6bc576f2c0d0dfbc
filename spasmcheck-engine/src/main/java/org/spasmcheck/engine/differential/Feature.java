package org.spasmcheck.engine.differential;

import java.util.List;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.engine.model.Value;

/**
 * A scored unit of a finding with discrete outcomes: a boolean finding (yes/no), a choice finding (its options),
 * a number finding (its bands), or one option of a multi_choice finding (listed / not listed).
 *
 * @param option the option of a multi_choice finding, else null
 */
record Feature(Finding finding, String option, List<String> outcomes, double[] background) {
    static final int YES = 0;
    static final int NO = 1;
    static final int NOT_OBSERVED = -1;

    boolean isBinary() {
        return finding.type() == FindingType.BOOLEAN || finding.type() == FindingType.MULTI_CHOICE;
    }

    /** The outcome index the evidence shows, or {@link #NOT_OBSERVED} when unasked, unknown or left open. */
    int observe(Evidence evidence) {
        Value v = evidence.known(finding.id()).orElse(null);
        if (v == null) {
            return NOT_OBSERVED;
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? YES : NO;
        }
        if (v instanceof Value.Choice c) {
            return outcomes.indexOf(c.option());
        }
        if (v instanceof Value.Number n) {
            return finding.bandOf(n.value()).map(b -> outcomes.indexOf(b.id())).orElse(NOT_OBSERVED);
        }
        if (v instanceof Value.Choices c) {
            if (c.options().contains(option)) {
                return YES;
            }
            // "whole_leg" listed: whether the calf is involved stays open (VIGNETTES.md).
            return finding.isCoveredBy(option, c.options()) ? NOT_OBSERVED : NO;
        }
        return NOT_OBSERVED;
    }

    /** The answer in words, for explanations. */
    String describe(int outcome) {
        if (finding.type() == FindingType.MULTI_CHOICE) {
            return outcome == YES ? option + ": yes" : option + ": no";
        }
        if (finding.type() == FindingType.BOOLEAN) {
            return outcome == YES ? Finding.YES : Finding.NO;
        }
        return outcomes.get(outcome);
    }

    String key() {
        return option == null ? finding.id() : finding.id() + ":" + option;
    }
}
