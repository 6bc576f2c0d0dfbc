package org.spasmcheck.engine.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five triage levels of the interview contract (vocabulary.yaml), most urgent first.
 * The order of the constants is the order of urgency; {@link #urgency()} makes comparisons explicit.
 */
public enum TriageLevel {
    EMERGENCY_AMBULANCE("emergency_ambulance", "Call an ambulance now."),
    EMERGENCY("emergency", "Go to an emergency department now."),
    CONSULTATION_24("consultation_24", "See a doctor within 24 hours."),
    CONSULTATION("consultation", "Book a routine appointment with a doctor (days to weeks)."),
    SELF_CARE("self_care", "You can look after this at home. Get help if it changes.");

    private final String id;
    private final String advice;

    TriageLevel(String id, String advice) {
        this.id = id;
        this.advice = advice;
    }

    public String id() {
        return id;
    }

    /** What to do, in plain words. */
    public String advice() {
        return advice;
    }

    /** Higher is more urgent: self_care is 0, emergency_ambulance is 4. */
    public int urgency() {
        return values().length - 1 - ordinal();
    }

    public boolean isMoreUrgentThan(TriageLevel other) {
        return urgency() > other.urgency();
    }

    public boolean isEmergency() {
        return this == EMERGENCY || this == EMERGENCY_AMBULANCE;
    }

    public static TriageLevel mostUrgent(TriageLevel a, TriageLevel b) {
        return a.isMoreUrgentThan(b) ? a : b;
    }

    public static Optional<TriageLevel> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    public static String allowedIds() {
        return String.join(", ", Arrays.stream(values()).map(TriageLevel::id).toList());
    }
}
