package org.spasmcheck.knowledge.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;

/** Builds diaries whose patterns are known by construction. */
final class Diaries {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);
    static final LocalTime NIGHT = LocalTime.of(2, 30);

    private final List<Episode> episodes = new ArrayList<>();

    static Diaries diary() {
        return new Diaries();
    }

    /** {@code count} calf cramps at night, one a day going back from {@code daysAgo} (count ≤ days in the span). */
    Diaries nightCalf(int count, int daysAgo) {
        for (int i = 0; i < count; i++) {
            add(daysAgo + i, Duration.ofMinutes(2), "calf", Side.LEFT, Trigger.NIGHT_REST);
        }
        return this;
    }

    /** {@code count} episodes spread evenly over days [fromDaysAgo, toDaysAgo) before AS_OF (fromDaysAgo > toDaysAgo). */
    Diaries spread(int count, int fromDaysAgo, int toDaysAgo) {
        int span = fromDaysAgo - toDaysAgo;
        for (int i = 0; i < count; i++) {
            int daysAgo = fromDaysAgo - (int) ((long) i * span / count);
            add(daysAgo, Duration.ofMinutes(2), "calf", Side.LEFT, Trigger.NIGHT_REST);
        }
        return this;
    }

    Diaries add(int daysAgo, Duration duration, String site, Side side, Trigger trigger) {
        episodes.add(new Episode("e" + episodes.size(), AS_OF.minusDays(daysAgo).atTime(NIGHT), duration, site, side, 5,
                trigger, "stretching", ""));
        return this;
    }

    List<Episode> episodes() {
        return List.copyOf(episodes);
    }
}
