package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.server.service.SessionAssessment;
import org.spasmcheck.server.service.ValueJson;

/** Stored and one-shot assessments as API responses: the answers so far, the next question and the full result. */
final class SessionJson {
    private SessionJson() {
    }

    /** A stored assessment; the token only when {@code session} carries it (right after creation). */
    static ObjectNode session(SessionAssessment session) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("id", session.id());
        o.put("version", session.version());
        if (session.token() != null) {
            o.put("token", session.token());
        }
        o.put("created_at", session.createdAt().toString());
        o.put("updated_at", session.updatedAt().toString());
        o.put("questions_asked", session.questionsAsked());
        o.set("from_diary", DiaryJson.fromDiary(session.fromDiary()));
        outcome(o, session.assessment(), session.resultJson());
        return o;
    }

    /** A one-shot assessment (POST /api/v1/assess); nothing was stored. */
    static ObjectNode oneShot(Assessment a, Audience audience) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("audience", audience.id());
        outcome(o, a, null);
        return o;
    }

    /** @param resultJson {@code a} as {@link AssessmentJson#text} already wrote it, or null to write it here */
    private static void outcome(ObjectNode o, Assessment a, String resultJson) {
        o.put("finished", a.finished());
        o.set("next_question", a.nextQuestion().<JsonNode>map(AssessmentJson::question)
                .orElse(AssessmentJson.MAPPER.nullNode()));
        o.set("answers", answers(a.evidence()));
        if (resultJson != null) {
            o.putRawValue("result", new RawValue(resultJson));
        } else {
            o.set("result", AssessmentJson.of(a));
        }
        o.set("knowledge_base", reference(a));
    }

    /** Finding id to answer, in the order given; null is "don't know". */
    static ObjectNode answers(Evidence evidence) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        evidence.answers().forEach((finding, value) -> o.set(finding, ValueJson.toJson(value)));
        return o;
    }

    private static ObjectNode reference(Assessment a) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("version", a.knowledgeBaseVersion());
        o.put("sha256", a.knowledgeBaseHash());
        return o;
    }
}
