package org.spasmcheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.careplan.ConditionPlan;
import org.spasmcheck.engine.differential.Contribution;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.Treatment;

/** The assessment as plain text for the terminal: triage banner, likely causes with reasons, care plan, when to get help. */
final class TextReport {
    static final int CAUSES_SHOWN = 5;
    static final int REASONS_SHOWN = 3;
    /** Reasons shown in the terminal move the odds by at least this factor; the JSON output lists them all. */
    static final double NOTABLE_LR = 1.5;

    private TextReport() {
    }

    static void print(Assessment a, PrintWriter out) {
        String bar = "=".repeat(72);
        out.println(bar);
        out.println("  " + a.triage().level().id().toUpperCase(Locale.ROOT).replace('_', ' ') + ": " + a.carePlan().whatToDoNow());
        for (RedFlagRule r : a.triage().firedRules()) {
            out.println("  ! " + r.advice());
        }
        out.println(bar);
        out.println();
        out.println("Most likely causes (probability):");
        a.differential().ranked().stream().limit(CAUSES_SHOWN).forEach(r -> cause(r, out));
        out.printf(Locale.ROOT, "  %5.1f%%  something else%n", 100 * a.differential().otherProbability());
        out.println();
        for (ConditionPlan p : a.carePlan().conditions()) {
            out.println("About " + p.condition().layName() + ":");
            p.workup().forEach(w -> out.println("  Test to discuss: " + (w.lay().isEmpty() ? w.test() : w.lay())));
            p.treatments().forEach(t -> out.println("  Try: " + lay(t) + " [" + t.grade().label() + "; " + t.citation().label() + "]"));
            p.rejected().forEach(t -> out.println("  Not advised: " + lay(t) + (t.warning() == null ? "" : " WARNING: " + t.warning())));
            p.prevention().forEach(v -> out.println("  Prevention: " + v.text()));
        }
        a.carePlan().alerts().forEach(al -> out.println("NOTE: " + al.text().strip()));
        out.println();
        out.println("Get medical help if:");
        a.carePlan().seekHelpIf().forEach(s -> out.println("  - " + s));
        out.println();
        out.println(a.carePlan().disclaimer().strip());
        out.println("(knowledge base " + a.knowledgeBaseVersion() + ", sha256 " + a.knowledgeBaseHash().substring(0, 12) + ")");
        out.flush();
    }

    private static void cause(RankedCondition r, PrintWriter out) {
        out.printf(Locale.ROOT, "  %5.1f%%  %s (%s)%n", 100 * r.probability(), r.condition().layName(), r.condition().id());
        r.findingsFor().stream().filter(c -> c.likelihoodRatio() >= NOTABLE_LR).limit(REASONS_SHOWN)
                .forEach(c -> out.println("           + " + reason(c)));
        r.findingsAgainst().stream().filter(c -> c.likelihoodRatio() <= 1 / NOTABLE_LR).limit(REASONS_SHOWN)
                .forEach(c -> out.println("           - " + reason(c)));
    }

    private static String reason(Contribution c) {
        return String.format(Locale.ROOT, "%s = %s (LR %.2f, %s)", c.findingId(), c.answer(), c.likelihoodRatio(),
                c.citation() == null ? "" : c.citation().label());
    }

    private static String lay(Treatment t) {
        return t.lay().isEmpty() ? t.name() : t.lay();
    }
}
