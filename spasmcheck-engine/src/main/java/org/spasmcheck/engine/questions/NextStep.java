package org.spasmcheck.engine.questions;

import java.util.Optional;

/** Either the next question, or the reason the interview stops. */
public record NextStep(Optional<Question> question, StopReason stopReason) {
    public static NextStep ask(Question q) {
        return new NextStep(Optional.of(q), StopReason.NOT_STOPPED);
    }

    public static NextStep stop(StopReason reason) {
        return new NextStep(Optional.empty(), reason);
    }

    public boolean finished() {
        return question.isEmpty();
    }
}
