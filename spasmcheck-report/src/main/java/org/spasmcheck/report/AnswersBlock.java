package org.spasmcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingKind;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.report.PageCursor.Cell;
import org.spasmcheck.report.PageCursor.Column;

/**
 * Every answer, grouped by kind of finding. Within a kind, answers that say something (yes, a choice, a number)
 * come first, then "unknown (asked)", then plain no, each in the order given; so when the list is cut to fit the
 * pages, the no answers go first.
 */
final class AnswersBlock {
    static final String HEADING = "Answers";
    static final Column ID = Column.left(8, 122);
    static final Column QUESTION = Column.left(136, 250);
    static final Column ANSWER = Column.rest(392);

    private AnswersBlock() {
    }

    /** One answer ready to print. */
    private record Row(String id, String question, String answer, int rank) {
    }

    static void write(PageCursor out, ClinicianReport report, Limits limits) {
        KnowledgeBase kb = report.kb();
        Map<String, Value> answers = report.assessment().evidence().answers();
        out.heading(HEADING);
        out.paragraph(TextStyle.TABLE_MUTED, answers.size() + " answers. \"" + AnswerText.UNKNOWN
                + "\" means the question was put and the person did not know: it is not counted as no.", 0);
        for (FindingKind kind : FindingKind.values()) {
            List<Row> rows = rows(answers, kb, kind);
            if (!rows.isEmpty()) {
                kind(out, title(kind), rows, limits.answersPerKind());
            }
        }
        List<Row> unlisted = new ArrayList<>();
        answers.forEach((id, v) -> {
            if (kb.finding(id).isEmpty()) {
                unlisted.add(new Row(id, id, AnswerText.words(null, v), 0));
            }
        });
        if (!unlisted.isEmpty()) {
            kind(out, "Not in this knowledge base", unlisted, limits.answersPerKind());
        }
    }

    private static List<Row> rows(Map<String, Value> answers, KnowledgeBase kb, FindingKind kind) {
        List<Row> rows = new ArrayList<>();
        answers.forEach((id, value) -> kb.finding(id).filter(f -> f.kind() == kind).ifPresent(f ->
                rows.add(new Row(id, question(f), AnswerText.words(f, value), rank(value)))));
        rows.sort(Comparator.comparingInt(Row::rank));
        return rows;
    }

    private static void kind(PageCursor out, String title, List<Row> rows, int limit) {
        out.subheading(title + " (" + rows.size() + ")");
        for (Row r : Formats.first(rows, limit)) {
            out.row(List.of(new Cell(ID, TextStyle.TABLE_MUTED, r.id()),
                    new Cell(QUESTION, TextStyle.TABLE, r.question()),
                    new Cell(ANSWER, TextStyle.TABLE_BOLD, r.answer())));
        }
        if (rows.size() > limit) {
            List<Row> hidden = rows.subList(limit, rows.size());
            long no = hidden.stream().filter(r -> r.rank() == 2).count();
            out.paragraph(TextStyle.TABLE_MUTED, Formats.more(hidden.size()) + (no == hidden.size()
                    ? ", all answered no: " : " (" + no + " answered no): ")
                    + String.join(", ", hidden.stream().map(Row::id).toList()), 8);
        }
    }

    /** 0 for an answer that says something, 1 for "unknown (asked)", 2 for a plain no. */
    private static int rank(Value value) {
        if (value instanceof Value.Unknown) {
            return 1;
        }
        return AnswerText.isNo(value) ? 2 : 0;
    }

    private static String question(Finding f) {
        return f.question() == null || f.question().isBlank() ? f.id() : f.question().strip();
    }

    private static String title(FindingKind kind) {
        return switch (kind) {
            case SYMPTOM -> "Symptoms";
            case SIGN -> "Signs";
            case CONTEXT -> "Context: demographics, history, medicines";
        };
    }
}
