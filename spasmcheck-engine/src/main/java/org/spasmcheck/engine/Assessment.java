package org.spasmcheck.engine;

import java.util.Optional;
import org.spasmcheck.engine.careplan.CarePlan;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.questions.NextStep;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.engine.questions.StopReason;
import org.spasmcheck.engine.triage.TriageDecision;

/** The reasoning that comes out of one call: differential, triage, next question, care plan, and the knowledge used. */
public record Assessment(String knowledgeBaseVersion, String knowledgeBaseHash, Evidence evidence,
                         Differential differential, TriageDecision triage, NextStep next, CarePlan carePlan) {

    public Optional<Question> nextQuestion() {
        return next.question();
    }

    public StopReason stopReason() {
        return next.stopReason();
    }

    public boolean finished() {
        return next.finished();
    }
}
