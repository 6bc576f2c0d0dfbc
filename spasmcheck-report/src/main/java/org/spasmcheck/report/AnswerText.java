package org.spasmcheck.report;

import java.util.List;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;

/**
 * An answer in words for the clinician. "Don't know" is shown as "unknown (asked)": the question was put and the
 * person could not say, which is neither yes nor no and must never read as no.
 */
final class AnswerText {
    static final String UNKNOWN = "unknown (asked)";

    private AnswerText() {
    }

    /** The answer to {@code finding} (null when the knowledge base does not know the finding) in words. */
    static String words(Finding finding, Value value) {
        if (value instanceof Value.Unknown) {
            return UNKNOWN;
        }
        if (value instanceof Value.Choice choice) {
            return label(finding, choice.option());
        }
        if (value instanceof Value.Choices choices) {
            List<String> ordered = finding == null ? choices.options().stream().sorted().toList()
                    : finding.options().stream().filter(choices.options()::contains).toList();
            return ordered.isEmpty() ? "none of the options"
                    : String.join("; ", ordered.stream().map(o -> label(finding, o)).toList());
        }
        if (value instanceof Value.Number number && finding != null && finding.unit() != null) {
            return number.display() + " " + finding.unit();
        }
        return value.display();
    }

    /** Whether the answer says the finding is absent: a plain no. */
    static boolean isNo(Value value) {
        return value instanceof Value.Bool b && !b.value();
    }

    private static String label(Finding finding, String option) {
        return finding == null ? option : finding.optionLabel(option);
    }
}
