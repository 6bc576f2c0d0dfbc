package org.spasmcheck.engine.diary;

import java.util.Arrays;
import java.util.Optional;

/** What the person was doing when an episode started. */
public enum Trigger {
    NIGHT_REST("night_rest", "At night or while resting"),
    EXERCISE("exercise", "During exercise or in the hour after it"),
    HEAT("heat", "In hot weather or while sweating a lot"),
    WALKING("walking", "While walking"),
    STANDING("standing", "While standing still"),
    OTHER("other", "Something else, or not sure");

    private final String id;
    private final String label;

    Trigger(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** Plain words for the person. */
    public String label() {
        return label;
    }

    public static Optional<Trigger> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static String allowedIds() {
        return String.join(", ", Arrays.stream(values()).map(Trigger::id).toList());
    }
}
