package org.spasmcheck.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spasmcheck.engine.diary.DiaryRules;

/**
 * Everything the engine knows, immutable, identified by version and the SHA-256 of its files' contents.
 * Built by spasmcheck-knowledge from knowledge-base/*.yaml.
 *
 * @param diary how diaries are read and when their patterns escalate (diary.yaml)
 */
public record KnowledgeBase(
        String id,
        String version,
        String contentHash,
        String title,
        ModelParameters model,
        InterviewSettings interview,
        TriageLevel defaultLevel,
        Map<String, Source> sources,
        Map<String, Finding> findings,
        List<Condition> conditions,
        List<RedFlagRule> rules,
        List<Alert> alerts,
        Map<TriageLevel, String> safetyNetByLevel,
        String disclaimer,
        List<Myth> myths,
        DiaryRules diary) {

    public KnowledgeBase {
        sources = Map.copyOf(sources);
        findings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(findings));
        conditions = List.copyOf(conditions);
        rules = List.copyOf(rules);
        alerts = List.copyOf(alerts);
        safetyNetByLevel = Map.copyOf(safetyNetByLevel);
        myths = List.copyOf(myths);
    }

    public Optional<Finding> finding(String id) {
        return Optional.ofNullable(findings.get(id));
    }

    public Optional<Condition> condition(String id) {
        return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
