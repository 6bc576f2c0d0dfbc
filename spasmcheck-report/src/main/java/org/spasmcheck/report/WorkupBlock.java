package org.spasmcheck.report;

import java.util.List;
import org.spasmcheck.engine.careplan.ConditionPlan;
import org.spasmcheck.engine.model.WorkupItem;
import org.spasmcheck.report.PageCursor.Cell;
import org.spasmcheck.report.PageCursor.Column;

/** The tests to consider for each likely condition of the care plan, with when and the sources. */
final class WorkupBlock {
    static final String HEADING = "Suggested workup";
    static final Column TEST = Column.left(8, 180);
    static final Column WHEN = Column.left(196, 230);
    static final Column SOURCE = Column.rest(434);

    private WorkupBlock() {
    }

    static void write(PageCursor out, ClinicianReport report, Limits limits) {
        List<ConditionPlan> plans = report.assessment().carePlan().conditions();
        out.heading(HEADING);
        if (plans.isEmpty()) {
            out.paragraph(TextStyle.BODY, "No condition reached the care plan.", 0);
            return;
        }
        for (ConditionPlan p : Formats.first(plans, limits.workupConditions())) {
            out.subheading(p.condition().name() + " (" + p.condition().id() + ", " + Formats.percent(p.probability())
                    + ")");
            items(out, p.workup(), limits.workupItems());
        }
        if (plans.size() > limits.workupConditions()) {
            out.paragraph(TextStyle.TABLE_MUTED, Formats.more(plans.size() - limits.workupConditions())
                    + " conditions: " + String.join(", ", plans.subList(limits.workupConditions(), plans.size())
                    .stream().map(p -> p.condition().id()).toList()), 0);
        }
    }

    private static void items(PageCursor out, List<WorkupItem> workup, int limit) {
        if (workup.isEmpty()) {
            out.paragraph(TextStyle.TABLE_MUTED, "No tests listed for this condition.", 8);
            return;
        }
        for (WorkupItem w : Formats.first(workup, limit)) {
            out.row(List.of(new Cell(TEST, TextStyle.TABLE_BOLD, w.test()),
                    new Cell(WHEN, TextStyle.TABLE, w.when() == null ? "" : w.when()),
                    new Cell(SOURCE, TextStyle.TABLE_MUTED, Formats.sources(w.citation()))));
        }
        if (workup.size() > limit) {
            out.paragraph(TextStyle.TABLE_MUTED, Formats.more(workup.size() - limit), 8);
        }
    }
}
