package org.spasmcheck.engine.diary;

import org.spasmcheck.engine.model.Value;

/**
 * An interview answer that the diary gives: an interview started from the diary begins with it filled in, marked
 * as from the diary, and the person can change it.
 *
 * @param basis what in the diary gives this answer, in plain words ("5 of 8 cramps in the last 4 weeks were at night
 *              or at rest")
 */
public record DiaryAnswer(String findingId, Value value, String basis) {
}
