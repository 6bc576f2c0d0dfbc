package org.spasmcheck.engine.diary;

import java.util.List;
import org.spasmcheck.engine.model.Citation;

/**
 * How diaries are read (knowledge-base/diary.yaml).
 *
 * @param windowWeeks          the recent window: rate, shares, usual duration and sites are taken over it
 * @param trendWeeks           the whole window of the trend; the rise compares the recent window with the weeks
 *                             before it inside this one
 * @param minEpisodesForShares below this many episodes in the recent window, shares do not answer interview
 *                             questions (two episodes say little about "mostly")
 * @param mostlyShare          the share at which "mostly at night or at rest" (and the like) is answered yes
 */
public record DiaryRules(int windowWeeks, int trendWeeks, int minEpisodesForShares, double mostlyShare,
                         Citation citation, List<DiaryEscalationRule> escalations) {
    public DiaryRules {
        escalations = List.copyOf(escalations);
        if (windowWeeks < 1 || trendWeeks <= windowWeeks) {
            throw new IllegalArgumentException("need 1 <= windowWeeks < trendWeeks");
        }
    }
}
