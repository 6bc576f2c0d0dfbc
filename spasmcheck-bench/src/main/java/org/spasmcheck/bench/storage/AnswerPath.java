package org.spasmcheck.bench.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.spasmcheck.bench.Vignette;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.server.service.AssessmentService;
import org.spasmcheck.server.service.Precondition;
import org.spasmcheck.server.service.SessionAssessment;
import org.spasmcheck.store.Database;

/**
 * The real answer path without HTTP: {@link AssessmentService#answer}, the call a {@code POST .../answers} makes (read
 * the assessment and its log, recompute the result, append the answer and the new snapshot in one transaction). The
 * answers are those of the development vignettes' interviews, one question at a time; a finished interview is
 * followed by the next vignette's, started outside the timing.
 */
final class AnswerPath implements AnswerWriter {
    private final KnowledgeBase kb;
    private final AssessmentService service;
    private final EvidenceReader reader;
    private final List<Vignette> vignettes;
    private int turn;
    private Vignette vignette;
    private String token;
    private SessionAssessment current;
    private Map<String, Value> nextAnswer;

    AnswerPath(KnowledgeBase kb, Database database, List<Vignette> vignettes) {
        this.kb = kb;
        this.service = new AssessmentService(new Engine(kb), database.assessments(), Clock.systemUTC(), new SecureRandom());
        this.reader = new EvidenceReader(kb);
        this.vignettes = List.copyOf(vignettes);
    }

    @Override
    public String name() {
        return "answer path";
    }

    @Override
    public void prepare() {
        for (int started = 0; current == null || current.assessment().finished(); started++) {
            if (started == vignettes.size()) {
                throw new IllegalStateException("every vignette's interview finished at its opening answers");
            }
            vignette = vignettes.get(turn++ % vignettes.size());
            current = service.create(evidence(vignette.initial()));
            token = current.token();
        }
        Finding f = current.assessment().nextQuestion().orElseThrow().finding();
        nextAnswer = Map.of(f.id(), EvidenceReader.value(f, vignette.answer(f.id(), f.type().id())));
    }

    @Override
    public void write() {
        // As a client that names the version it read (the check that keeps concurrent edits apart).
        current = service.answer(current.id(), token, nextAnswer, Precondition.atVersion(current.version()));
    }

    private Evidence evidence(ObjectNode answers) {
        EvidenceReader.Result read = reader.read(answers);
        if (!read.ok()) {
            throw new IllegalStateException("vignette " + vignette.id() + " does not fit knowledge base "
                    + kb.version() + ": " + read.problems());
        }
        return read.evidence();
    }

    @Override
    public void close() {
        // The database belongs to the suite.
    }
}
