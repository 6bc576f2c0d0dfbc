package org.spasmcheck.engine.questions;

/** Why the interview ended (docs/ENGINE.md, "Stopping rule"). */
public enum StopReason {
    NOT_STOPPED("the interview goes on"),
    EMERGENCY("an emergency red flag fired: act on it now"),
    CONFIDENT("the most likely cause is clear and no red-flag check is open"),
    NO_INFORMATIVE_QUESTION("no remaining question would change the result much"),
    QUESTION_CAP("the question limit was reached"),
    NO_QUESTIONS_LEFT("every question has been answered");

    private final String description;

    StopReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
