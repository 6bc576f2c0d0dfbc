package org.spasmcheck.engine.diary;

import java.util.Arrays;
import java.util.Optional;

/** What a diary escalation rule measures (knowledge-base/diary.yaml, {@code when[].measure}). */
public enum DiaryMeasure {
    /** Episodes a week over the recent window (or over the part of it the diary has observed). */
    EPISODES_PER_WEEK("episodes_per_week"),
    /**
     * Episodes a week in the recent window divided by episodes a week in the window before it. Unknown until the diary
     * has observed at least a week of that earlier window; infinite when cramps return after an observed quiet spell.
     */
    RISE_RATIO("rise_ratio"),
    /** Episodes in the recent window that match the condition's sites, triggers and minimum duration. */
    EPISODES("episodes");

    private final String id;

    DiaryMeasure(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DiaryMeasure> fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    public static String allowedIds() {
        return String.join(", ", Arrays.stream(values()).map(DiaryMeasure::id).toList());
    }
}
