package org.spasmcheck.engine.diary;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cramp or spasm the person wrote down in their diary.
 *
 * <p>The start is the person's own wall-clock time (what they would write on paper), so "at night" means their
 * night wherever they are; the analysis takes "now" in the same terms.
 *
 * @param id          unique within the diary
 * @param muscleGroup an option of the vocabulary's {@code cramp_location} (checked against the knowledge base by
 *                    the adapters, which know it)
 * @param intensity   0 (none) to 10 (worst imaginable)
 * @param helped      what eased it, in the person's words; may be empty
 * @param note        anything else, in the person's words; may be empty
 */
public record Episode(String id, LocalDateTime start, Duration duration, String muscleGroup, Side side, int intensity,
                      Trigger trigger, String helped, String note) {

    public static final int MIN_INTENSITY = 0;
    public static final int MAX_INTENSITY = 10;

    public Episode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(muscleGroup, "muscleGroup");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(trigger, "trigger");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (intensity < MIN_INTENSITY || intensity > MAX_INTENSITY) {
            throw new IllegalArgumentException("intensity must be from " + MIN_INTENSITY + " to " + MAX_INTENSITY);
        }
        helped = helped == null ? "" : helped;
        note = note == null ? "" : note;
    }
}
