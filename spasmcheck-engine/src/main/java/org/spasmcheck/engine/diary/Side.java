package org.spasmcheck.engine.diary;

import java.util.Arrays;
import java.util.Optional;

/** Which side of the body an episode affected. */
public enum Side {
    LEFT("left", "Left"),
    RIGHT("right", "Right"),
    BOTH("both", "Both sides"),
    MIDDLE("middle", "The middle (back, neck, belly or chest)");

    private final String id;
    private final String label;

    Side(String id, String label) {
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

    public static Optional<Side> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static String allowedIds() {
        return String.join(", ", Arrays.stream(values()).map(Side::id).toList());
    }
}
