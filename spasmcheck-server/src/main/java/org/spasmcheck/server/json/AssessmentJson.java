package org.spasmcheck.server.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.careplan.ConditionPlan;
import org.spasmcheck.engine.differential.Contribution;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.Treatment;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.engine.triage.ConditionFloor;

/** The assessment as JSON (CLI, API, stored snapshots), with the knowledge-base version and hash that produced it. */
public final class AssessmentJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** Made once and shared: a writer is immutable and thread-safe, and making one per call costs a lookup. */
    private static final ObjectWriter COMPACT = MAPPER.writer();
    /** Conditions listed in the JSON differential; the rest are summed into "other cause". */
    static final int LISTED = 10;

    private AssessmentJson() {
    }

    /** {@link #of} as compact JSON text, the form of the stored snapshot and of the API's {@code result}. */
    public static String text(Assessment a) {
        try {
            return COMPACT.writeValueAsString(of(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of plain values could not be written", e);
        }
    }

    public static ObjectNode of(Assessment a) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode kb = root.putObject("knowledge_base");
        kb.put("version", a.knowledgeBaseVersion());
        kb.put("sha256", a.knowledgeBaseHash());
        ObjectNode triage = root.putObject("triage");
        triage.put("level", a.triage().level().id());
        triage.put("advice", a.carePlan().whatToDoNow());
        ArrayNode rules = triage.putArray("fired_rules");
        a.triage().firedRules().forEach(r -> rules.addObject().put("id", r.id()).put("level", r.level().id())
                .put("reason", r.reason()).put("advice", r.advice()).set("sources", sources(r.citation())));
        ArrayNode floors = triage.putArray("condition_floors");
        for (ConditionFloor f : a.triage().floors()) {
            floors.addObject().put("condition", f.condition().id()).put("level", f.condition().triage().level().id())
                    .put("probability", round(f.probability())).put("action_threshold", f.threshold());
        }
        ArrayNode diff = root.putArray("differential");
        a.differential().ranked().stream().limit(LISTED).forEach(r -> diff.add(condition(r)));
        root.put("other_cause_probability", round(a.differential().otherProbability()));
        ObjectNode next = root.putObject("interview");
        next.put("finished", a.finished());
        next.put("stop_reason", a.stopReason().name().toLowerCase(java.util.Locale.ROOT));
        a.nextQuestion().ifPresent(q -> next.set("next_question", question(q)));
        root.set("care_plan", carePlan(a));
        root.put("disclaimer", a.carePlan().disclaimer());
        return root;
    }

    private static ObjectNode condition(RankedCondition r) {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("id", r.condition().id());
        c.put("name", r.condition().name());
        c.put("lay_name", r.condition().layName());
        c.put("probability", round(r.probability()));
        c.put("prior", round(r.priorProbability()));
        ArrayNode forIt = c.putArray("findings_for");
        r.findingsFor().forEach(x -> forIt.add(contribution(x)));
        ArrayNode against = c.putArray("findings_against");
        r.findingsAgainst().forEach(x -> against.add(contribution(x)));
        return c;
    }

    private static ObjectNode contribution(Contribution x) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("finding", x.findingId());
        if (x.option() != null) {
            o.put("option", x.option());
        }
        o.put("answer", x.answer());
        o.put("likelihood_ratio", round(x.likelihoodRatio()));
        o.put("match", x.matchType().name().toLowerCase(java.util.Locale.ROOT));
        o.set("sources", sources(x.citation()));
        if (x.citation().estimate() != null) {
            o.put("estimate", x.citation().estimate());
        }
        return o;
    }

    public static ObjectNode question(Question q) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("finding", q.finding().id());
        o.put("text", q.finding().question());
        o.put("type", q.finding().type().id());
        ArrayNode options = o.putArray("options");
        q.finding().outcomeIds().stream().filter(x -> !"yes".equals(x)).forEach(options::add);
        if (q.finding().unit() != null) {
            o.put("unit", q.finding().unit());
        }
        o.put("reason", q.reason().name().toLowerCase(java.util.Locale.ROOT));
        o.put("why", q.explanation());
        if (q.ruleId() != null) {
            o.put("screens_rule", q.ruleId());
        }
        ArrayNode sep = o.putArray("separates");
        q.separates().forEach(sep::add);
        o.put("expected_gain_bits", round(q.expectedGainBits()));
        return o;
    }

    private static ObjectNode carePlan(Assessment a) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("what_to_do_now", a.carePlan().whatToDoNow());
        ArrayNode rf = p.putArray("red_flag_advice");
        a.carePlan().redFlagAdvice().forEach(rf::add);
        ArrayNode conditions = p.putArray("conditions");
        for (ConditionPlan cp : a.carePlan().conditions()) {
            ObjectNode c = conditions.addObject();
            c.put("condition", cp.condition().id());
            c.put("probability", round(cp.probability()));
            ArrayNode workup = c.putArray("tests_to_discuss");
            cp.workup().forEach(w -> workup.addObject().put("test", w.test()).put("lay", w.lay()).put("when", w.when())
                    .set("sources", sources(w.citation())));
            ArrayNode tr = c.putArray("treatments");
            cp.treatments().forEach(t -> tr.add(treatment(t)));
            ArrayNode rej = c.putArray("not_recommended");
            cp.rejected().forEach(t -> rej.add(treatment(t)));
            ArrayNode prev = c.putArray("prevention");
            cp.prevention().forEach(v -> prev.addObject().put("advice", v.text()).set("sources", sources(v.citation())));
        }
        ArrayNode alerts = p.putArray("alerts");
        a.carePlan().alerts().forEach(al -> alerts.addObject().put("id", al.id()).put("text", al.text())
                .set("sources", sources(al.citation())));
        ArrayNode help = p.putArray("seek_help_if");
        a.carePlan().seekHelpIf().forEach(help::add);
        return p;
    }

    private static ObjectNode treatment(Treatment t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", t.name());
        o.put("lay", t.lay());
        o.put("recommendation", t.recommendation().id());
        o.put("grade", t.grade().id());
        o.put("grade_label", t.grade().label());
        o.put("effect", t.effect());
        if (t.warning() != null) {
            o.put("warning", t.warning());
        }
        o.set("sources", sources(t.citation()));
        return o;
    }

    private static ArrayNode sources(Citation c) {
        ArrayNode a = MAPPER.createArrayNode();
        if (c != null) {
            c.sources().forEach(a::add);
        }
        return a;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
