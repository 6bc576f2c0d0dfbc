package org.spasmcheck.cli.eval;

import java.util.ArrayList;
import java.util.List;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.questions.Question;

/** Runs vignettes through the engine in full or interview mode. */
public final class VignetteRunner {
    public static final int DEFAULT_MAX_QUESTIONS = 40;

    private final Engine engine;
    private final EvaluationMode mode;
    private final int maxQuestions;

    public VignetteRunner(Engine engine, EvaluationMode mode, int maxQuestions) {
        this.engine = engine;
        this.mode = mode;
        this.maxQuestions = maxQuestions;
    }

    public List<VignetteOutcome> run(List<Vignette> vignettes) {
        return vignettes.stream().map(this::run).toList();
    }

    public VignetteOutcome run(Vignette v) {
        if (mode == EvaluationMode.full) {
            return outcome(v, engine.assess(new AssessmentRequest(v.evidence(), Audience.CLINICIAN, 0)), List.of());
        }
        SimulatedPatient patient = new SimulatedPatient(v.evidence());
        Evidence evidence = v.initialEvidence();
        List<String> asked = new ArrayList<>();
        Assessment a = engine.assess(new AssessmentRequest(evidence, Audience.PATIENT, 0));
        while (!a.finished() && asked.size() < maxQuestions) {
            Question q = a.nextQuestion().orElseThrow();
            Value answer = patient.answer(q.finding());
            evidence = evidence.with(q.finding().id(), answer);
            asked.add(q.finding().id() + "=" + answer.display());
            a = engine.assess(new AssessmentRequest(evidence, Audience.PATIENT, asked.size()));
        }
        return outcome(v, a, asked);
    }

    private static VignetteOutcome outcome(Vignette v, Assessment a, List<String> asked) {
        int rank = a.differential().rankOfAny(v.correctCauses());
        String top = a.differential().top().map(r -> r.condition().id()).orElse("");
        return new VignetteOutcome(v, rank, top, a.triage().level(), asked.size(), asked);
    }
}
