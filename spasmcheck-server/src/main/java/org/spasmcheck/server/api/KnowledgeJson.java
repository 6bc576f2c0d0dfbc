package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.spasmcheck.engine.model.Band;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.LikelihoodRatioEntry;
import org.spasmcheck.engine.model.Prior;
import org.spasmcheck.engine.model.Reported;
import org.spasmcheck.engine.model.Source;
import org.spasmcheck.server.json.AssessmentJson;

/**
 * The knowledge base as JSON for GET /api/v1/knowledge/*: what the engine reasons with, each number with its
 * sources or the reason it is an estimate. Likelihood evidence is shown as the source reported it (LR, sensitivity
 * and specificity, or frequency); the engine derives and caps the ratios it applies (docs/ENGINE.md).
 */
final class KnowledgeJson {
    private KnowledgeJson() {
    }

    /** {"version", "sha256"}: the knowledge that produced a response, in every API response body. */
    static ObjectNode reference(KnowledgeBase kb) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("version", kb.version());
        o.put("sha256", kb.contentHash());
        return o;
    }

    static ObjectNode version(KnowledgeBase kb) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.set("knowledge_base", reference(kb));
        o.put("id", kb.id());
        o.put("title", kb.title());
        o.put("version", kb.version());
        o.put("sha256", kb.contentHash());
        ObjectNode counts = o.putObject("counts");
        counts.put("findings", kb.findings().size());
        counts.put("conditions", kb.conditions().size());
        counts.put("sources", kb.sources().size());
        counts.put("red_flag_rules", kb.rules().size());
        counts.put("likelihood_ratios", kb.conditions().stream().mapToInt(c -> c.likelihoodRatios().size()).sum());
        return o;
    }

    static ObjectNode findings(KnowledgeBase kb) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.set("knowledge_base", reference(kb));
        ArrayNode list = o.putArray("findings");
        kb.findings().values().forEach(f -> list.add(finding(f)));
        return o;
    }

    static ObjectNode conditions(KnowledgeBase kb) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.set("knowledge_base", reference(kb));
        ArrayNode list = o.putArray("conditions");
        kb.conditions().forEach(c -> list.add(condition(c)));
        return o;
    }

    static ObjectNode sources(KnowledgeBase kb) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.set("knowledge_base", reference(kb));
        ArrayNode list = o.putArray("sources");
        kb.sources().values().stream().sorted(Comparator.comparing(Source::key)).forEach(s -> {
            ObjectNode so = list.addObject();
            so.put("key", s.key());
            so.put("citation", s.citation());
            ArrayNode urls = so.putArray("urls");
            s.urls().forEach(urls::add);
        });
        return o;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("id", f.id());
        o.put("question", f.question());
        o.put("type", f.type().id());
        o.put("kind", f.kind().id());
        o.put("asked_of", f.askedOf().id());
        o.put("why", f.why());
        ArrayNode options = o.putArray("options");
        f.options().forEach(options::add);
        o.put("unit", f.unit());
        if (f.type() == FindingType.NUMBER) {
            ObjectNode range = o.putObject("range");
            range.put("min", f.min());
            range.put("max", f.max());
        } else {
            o.putNull("range");
        }
        ArrayNode bands = o.putArray("bands");
        for (Band b : f.bands()) {
            bands.addObject().put("id", b.id()).put("from", b.from()).put("below", b.below());
        }
        o.put("dont_know_option", f.dontKnowOption());
        o.put("allowed", f.allowedValues() + ", or null for don't know");
        return o;
    }

    private static ObjectNode condition(Condition c) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("lay_name", c.layName());
        o.put("icd10", c.icd10());
        o.put("summary", c.summary());
        o.set("prior", prior(c.prior()));
        ObjectNode floor = o.putObject("triage_floor");
        floor.put("level", c.triage().level().id());
        floor.put("action_threshold", c.triage().actionThreshold());
        cite(floor, c.triage().citation());
        ArrayNode sites = o.putArray("sites");
        new TreeSet<>(c.sites()).forEach(sites::add);
        ArrayNode lrs = o.putArray("likelihood_ratios");
        c.likelihoodRatios().forEach(e -> lrs.add(likelihoodRatio(e)));
        return o;
    }

    private static ObjectNode prior(Prior p) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("probability", p.value());
        cite(o, p.citation());
        ArrayNode ages = o.putArray("age_factors");
        for (Prior.AgeFactor a : p.byAge()) {
            ObjectNode ao = ages.addObject().put("from", a.from()).put("below", a.below()).put("factor", a.factor());
            cite(ao, a.citation());
        }
        ObjectNode sex = o.putObject("sex_factors");
        Map<String, Double> bySex = new TreeMap<>(p.bySex());
        bySex.forEach(sex::put);
        ObjectNode sexCitation = o.putObject("sex_factors_citation");
        cite(sexCitation, p.sexCitation());
        return o;
    }

    private static ObjectNode likelihoodRatio(LikelihoodRatioEntry e) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("finding", e.findingId());
        o.put("option", e.option());
        o.put("group", e.group());
        ObjectNode reported = o.putObject("reported");
        Reported r = e.reported();
        if (r instanceof Reported.Ratios ratios) {
            reported.put("kind", "likelihood_ratios");
            reported.put("lr_positive", ratios.lrPos());
            reported.put("lr_negative", ratios.lrNeg());
        } else if (r instanceof Reported.Accuracy accuracy) {
            reported.put("kind", "accuracy");
            reported.put("sensitivity", accuracy.sensitivity());
            reported.put("specificity", accuracy.specificity());
        } else if (r instanceof Reported.Frequency frequency) {
            reported.put("kind", "frequency");
            reported.put("frequency", frequency.frequency());
        } else if (r instanceof Reported.OptionRatio option) {
            reported.put("kind", "option_ratio");
            reported.put("likelihood_ratio", option.lr());
        } else {
            throw new IllegalStateException("no JSON form for reported evidence " + r.getClass().getSimpleName());
        }
        cite(o, e.citation());
        return o;
    }

    /** "sources": [keys] and "estimate": why the number had to be estimated (or null). */
    private static void cite(ObjectNode o, Citation c) {
        ArrayNode sources = o.putArray("sources");
        if (c != null) {
            c.sources().forEach(sources::add);
        }
        o.put("estimate", c == null ? null : c.estimate());
    }
}
