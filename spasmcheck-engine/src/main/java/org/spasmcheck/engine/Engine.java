package org.spasmcheck.engine;

import org.spasmcheck.engine.careplan.CarePlan;
import org.spasmcheck.engine.careplan.CarePlanner;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.LikelihoodModel;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.questions.NextStep;
import org.spasmcheck.engine.questions.QuestionSelector;
import org.spasmcheck.engine.triage.Triage;
import org.spasmcheck.engine.triage.TriageDecision;

/**
 * Answers in, reasoning out. Pure: no I/O, no clock, no randomness, no logging; safe to share between threads.
 * Red-flag rules are evaluated before any ranking is used, and an emergency rule ends the interview at once.
 */
public final class Engine {
    private final KnowledgeBase kb;
    private final LikelihoodModel model;
    private final Triage triage;
    private final QuestionSelector questions;
    private final CarePlanner carePlanner;

    public Engine(KnowledgeBase kb) {
        this.kb = kb;
        this.model = new LikelihoodModel(kb);
        this.triage = new Triage(model);
        this.questions = new QuestionSelector(model);
        this.carePlanner = new CarePlanner(kb);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public LikelihoodModel model() {
        return model;
    }

    public Assessment assess(AssessmentRequest request) {
        Differential differential = Differential.compute(model, request.evidence());
        TriageDecision decision = triage.decide(request.evidence(), differential);
        NextStep next = questions.next(request.evidence(), differential, decision, request.audience(),
                request.questionsAsked());
        CarePlan plan = carePlanner.plan(request.evidence(), differential, decision);
        return new Assessment(kb.version(), kb.contentHash(), request.evidence(), differential, decision, next, plan);
    }
}
