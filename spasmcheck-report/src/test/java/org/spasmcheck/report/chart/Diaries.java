package org.spasmcheck.report.chart;

import java.time.Duration;
import java.time.LocalDateTime;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;

/** Episodes for chart tests: only the start and the muscle group matter to the charts. */
final class Diaries {
    private static int next;

    private Diaries() {
    }

    static Episode at(LocalDateTime start) {
        return at(start, "calf");
    }

    static Episode at(LocalDateTime start, String muscleGroup) {
        return new Episode("e" + next++, start, Duration.ofMinutes(3), muscleGroup, Side.LEFT, 6, Trigger.NIGHT_REST,
                "", "");
    }
}
