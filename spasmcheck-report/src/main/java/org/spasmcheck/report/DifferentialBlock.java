package org.spasmcheck.report;

import java.util.List;
import org.spasmcheck.engine.differential.Contribution;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.report.PageCursor.Cell;
import org.spasmcheck.report.PageCursor.Column;

/**
 * The top causes with their probability, and for each the answers for and against it with the likelihood ratio
 * applied and its source, strongest first (the engine's own explanation, LIRICAL-style).
 */
final class DifferentialBlock {
    static final String HEADING = "Differential";
    static final Column SIGN = Column.left(8, 10);
    static final Column FINDING = Column.left(20, 290);
    static final Column RATIO = Column.right(312, 56);
    static final Column SOURCE = Column.rest(378);

    private DifferentialBlock() {
    }

    static void write(PageCursor out, ClinicianReport report, Limits limits) {
        Differential d = report.assessment().differential();
        out.heading(HEADING);
        List<RankedCondition> shown = d.ranked().stream().filter(r -> !r.excluded()).limit(limits.causes()).toList();
        for (RankedCondition r : shown) {
            cause(out, r, limits);
        }
        out.gap(3);
        out.paragraph(TextStyle.BODY, "Other cause (none of the " + report.kb().conditions().size()
                + " conditions in the knowledge base): " + Formats.percent(d.otherProbability()) + ". "
                + shown.size() + " most likely shown.", 0);
    }

    private static void cause(PageCursor out, RankedCondition r, Limits limits) {
        Condition c = r.condition();
        out.subheading(Formats.percent(r.probability()) + "  " + c.name() + " (" + c.id()
                + (c.icd10() == null || c.icd10().isBlank() ? "" : "; ICD-10 " + c.icd10()) + "; pretest "
                + Formats.percent(r.priorProbability()) + ")");
        reasons(out, "+", r.findingsFor(), limits.reasons(), "for");
        reasons(out, "\u2212", r.findingsAgainst(), limits.reasons(), "against");
        if (r.findingsFor().isEmpty() && r.findingsAgainst().isEmpty()) {
            out.paragraph(TextStyle.TABLE_MUTED, "No answer moved this condition from its pretest probability.", 20);
        }
    }

    private static void reasons(PageCursor out, String sign, List<Contribution> reasons, int limit, String side) {
        for (Contribution x : Formats.first(reasons, limit)) {
            out.row(List.of(new Cell(SIGN, TextStyle.TABLE_BOLD, sign),
                    new Cell(FINDING, TextStyle.TABLE, x.findingId() + " = " + x.answer()),
                    new Cell(RATIO, TextStyle.TABLE, Formats.lr(x.likelihoodRatio())),
                    new Cell(SOURCE, TextStyle.TABLE_MUTED, Formats.sources(x.citation()))));
        }
        if (reasons.size() > limit) {
            out.paragraph(TextStyle.TABLE_MUTED, Formats.more(reasons.size() - limit) + " " + side, 20);
        }
    }
}
