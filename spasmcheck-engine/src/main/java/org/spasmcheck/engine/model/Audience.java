package org.spasmcheck.engine.model;

/** Who answers a question: the person themselves, or a clinician who examined them. */
public enum Audience {
    PATIENT("patient"), CLINICIAN("clinician");

    private final String id;

    Audience(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** A clinician may answer every question; a person only the patient questions. */
    public boolean mayAnswer(Audience askedOf) {
        return this == CLINICIAN || askedOf == PATIENT;
    }
}
