package org.spasmcheck.report;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.report.PageCursor.Cell;
import org.spasmcheck.report.PageCursor.Column;
import org.spasmcheck.report.chart.BarChart;
import org.spasmcheck.report.chart.DiaryCharts;

/**
 * The diary: the pattern analysis' summary and escalation lines as written, the per-week and time-of-day charts
 * side by side, and the latest notes in the person's own words.
 */
final class DiaryBlock {
    static final String HEADING = "Diary";
    /** Eight weeks: the span a clinician reviews between two routine appointments. */
    static final int WEEKS = 8;
    static final float CHART_HEIGHT = 150;
    static final float CHART_GAP = 24;
    /** Diary muscle groups are options of this finding (see {@link Episode#muscleGroup()}). */
    static final String SITE_FINDING = "cramp_location";
    /** A note longer than this is cut with an ellipsis; the diary itself keeps all of it. */
    static final int NOTE_CHARS = 280;
    static final Column WHEN = Column.left(8, 78);
    static final Column SITE = Column.left(90, 178);
    static final Column NOTE = Column.rest(274);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private DiaryBlock() {
    }

    static void write(PageCursor out, ClinicianReport report, DiarySection diary, Limits limits) {
        out.heading(HEADING);
        out.paragraph(TextStyle.BODY, overview(diary), 0);
        lines(out, null, diary.summary(), TextStyle.BODY, limits.diaryLines());
        lines(out, "Escalations", diary.escalations(), TextStyle.BODY_BOLD, limits.diaryLines());
        charts(out, diary);
        notes(out, diary.episodes(), siteLabel(report.kb()), limits.notes());
    }

    private static String overview(DiarySection diary) {
        List<Episode> episodes = diary.episodes();
        if (episodes.isEmpty()) {
            return "No episodes recorded (as of " + DAY.format(diary.asOf()) + ").";
        }
        Episode first = episodes.stream().min(Comparator.comparing(Episode::start)).orElseThrow();
        Episode last = episodes.stream().max(Comparator.comparing(Episode::start)).orElseThrow();
        return episodes.size() + (episodes.size() == 1 ? " episode" : " episodes") + " recorded, "
                + DAY.format(first.start()) + " to " + DAY.format(last.start()) + " (as of " + DAY.format(diary.asOf())
                + "; times are the person's local times).";
    }

    private static void lines(PageCursor out, String title, List<String> lines, TextStyle style, int limit) {
        if (lines.isEmpty()) {
            return;
        }
        if (title != null) {
            out.subheading(title);
        }
        Formats.first(lines, limit).forEach(line -> out.bullet(style, line, 4));
        if (lines.size() > limit) {
            out.paragraph(TextStyle.TABLE_MUTED, Formats.more(lines.size() - limit), 14);
        }
    }

    private static void charts(PageCursor out, DiarySection diary) {
        out.gap(6);
        BarChart perWeek = DiaryCharts.perWeek(diary.episodes(), diary.asOf(), WEEKS);
        BarChart byTime = DiaryCharts.byTimeOfDay(diary.episodes());
        // Side by side, each as wide as its bars need, so every bar gets the same room for its label.
        float share = (float) perWeek.bars().size() / (perWeek.bars().size() + byTime.bars().size());
        float weekWidth = (PageCursor.WIDTH - CHART_GAP) * share;
        float top = out.reserve(CHART_HEIGHT);
        PdfBarChart drawer = new PdfBarChart(out);
        drawer.draw(perWeek, PageCursor.LEFT, top, weekWidth, CHART_HEIGHT);
        drawer.draw(byTime, PageCursor.LEFT + weekWidth + CHART_GAP, top, PageCursor.WIDTH - CHART_GAP - weekWidth,
                CHART_HEIGHT);
    }

    private static void notes(PageCursor out, List<Episode> episodes, Function<String, String> siteLabel, int limit) {
        List<Episode> noted = episodes.stream().filter(e -> !e.note().isBlank() || !e.helped().isBlank())
                .sorted(Comparator.comparing(Episode::start).reversed().thenComparing(Episode::id)).toList();
        if (noted.isEmpty()) {
            return;
        }
        out.subheading("Notes in the person's words (latest " + Math.min(limit, noted.size()) + " of "
                + noted.size() + ")");
        for (Episode e : Formats.first(noted, limit)) {
            out.row(List.of(new Cell(WHEN, TextStyle.TABLE_MUTED, MINUTE.format(e.start())),
                    new Cell(SITE, TextStyle.TABLE, siteLabel.apply(e.muscleGroup()) + ", " + e.side().id()
                            + ", " + e.intensity() + "/10"),
                    new Cell(NOTE, TextStyle.TABLE, note(e))));
        }
    }

    private static String note(Episode e) {
        String text = e.note().strip();
        if (!e.helped().isBlank()) {
            text += (text.isEmpty() ? "" : " ") + "(eased by: " + e.helped().strip() + ")";
        }
        return text.codePointCount(0, text.length()) <= NOTE_CHARS ? text
                : text.substring(0, text.offsetByCodePoints(0, NOTE_CHARS)) + "\u2026";
    }

    /** Muscle-group ids in plain words, from the knowledge base's site question when it has one. */
    static Function<String, String> siteLabel(KnowledgeBase kb) {
        return kb.finding(SITE_FINDING).<Function<String, String>>map(f -> f::optionLabel).orElse(id -> id);
    }
}
