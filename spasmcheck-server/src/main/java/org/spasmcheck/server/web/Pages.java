package org.spasmcheck.server.web;

import java.util.List;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Myth;
import org.spasmcheck.engine.model.Source;
import org.spasmcheck.engine.model.Treatment;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.questions.Question;

/** What each page template shows. Built by the handlers from the use case's result; no clinical logic here. */
public final class Pages {
    private Pages() {
    }

    public record Start(List<String> emergencyNumbers, int questionCap) {
    }

    /** One answer choice of a question: the value the form sends and its label. */
    public record Choice(String value, String label) {
    }

    /**
     * @param answered  questions answered so far in this interview
     * @param aboutMore the most questions that may still come (the interview cap minus those answered), at least 1
     * @param error     what was wrong with the last answer, or null
     * @param selected  the values the person sent with a wrong answer, shown again so nothing is lost
     */
    public record QuestionPage(String assessmentId, Question question, int answered, int aboutMore, int cap,
                               boolean canGoBack, String error, List<String> selected) {
        public QuestionPage {
            selected = List.copyOf(selected);
        }

        public Finding finding() {
            return question.finding();
        }

        public String text() {
            return PlainWords.question(finding());
        }

        public boolean isNumber() {
            return finding().type() == FindingType.NUMBER;
        }

        public boolean isMulti() {
            return finding().type() == FindingType.MULTI_CHOICE;
        }

        /** The radio buttons or tick boxes, with "Don't know" last unless one of the options already says it. */
        public List<Choice> choices() {
            Finding f = finding();
            List<Choice> out = new java.util.ArrayList<>();
            if (f.type() == FindingType.BOOLEAN) {
                out.add(new Choice(AnswerForm.YES, "Yes"));
                out.add(new Choice(AnswerForm.NO, "No"));
            } else {
                f.options().forEach(o -> out.add(new Choice(o, PlainWords.option(f, o))));
            }
            if (f.dontKnowOption() == null) {
                out.add(new Choice(AnswerForm.DONT_KNOW, "Don't know"));
            }
            return out;
        }

        public boolean isSelected(String value) {
            return selected.contains(value);
        }

        public String typed() {
            return selected.stream().filter(s -> !s.equals(AnswerForm.DONT_KNOW)).findFirst().orElse("");
        }

        /** "from 0 to 120 years" for number questions. */
        public String range() {
            Finding f = finding();
            return "from " + PlainWords.number(f.min()) + " to " + PlainWords.number(f.max())
                    + (f.unit() == null ? "" : " " + f.unit());
        }

        public String legendHint() {
            return isMulti() ? "Tick all that apply." : "Choose one answer.";
        }
    }

    /** @param advice what to do now: the advice of each emergency rule that fired */
    public record Emergency(String assessmentId, TriageLevel level, List<String> advice, List<String> emergencyNumbers) {
        public Emergency {
            advice = List.copyOf(advice);
            emergencyNumbers = List.copyOf(emergencyNumbers);
        }

        public boolean ambulance() {
            return level == TriageLevel.EMERGENCY_AMBULANCE;
        }
    }

    /**
     * @param likely the causes shown, most likely first; the rest are summed into {@code otherProbability}
     */
    public record Result(String assessmentId, Assessment assessment, KnowledgeBase kb, List<RankedCondition> likely,
                         double otherProbability, List<String> emergencyNumbers) {
        public Result {
            likely = List.copyOf(likely);
            emergencyNumbers = List.copyOf(emergencyNumbers);
        }

        public TriageLevel level() {
            return assessment.triage().level();
        }

        /** Advice the evidence rejects for any of the causes in the plan, each once (quinine is rejected for several). */
        public List<Treatment> rejected() {
            java.util.Map<String, Treatment> byName = new java.util.LinkedHashMap<>();
            assessment.carePlan().conditions().forEach(cp -> cp.rejected().forEach(t -> byName.putIfAbsent(t.name(), t)));
            return List.copyOf(byName.values());
        }

        public String shortHash() {
            String h = assessment.knowledgeBaseHash();
            return h == null ? "" : h.substring(0, Math.min(12, h.length()));
        }
    }

    public record LearnIndex(List<Condition> conditions, int mythCount) {
        public LearnIndex {
            conditions = List.copyOf(conditions);
        }
    }

    /** @param known every source of the knowledge base, so that only keys with an entry are linked */
    public record ConditionPage(Condition condition, List<Source> references, java.util.Map<String, Source> known) {
        public ConditionPage {
            references = List.copyOf(references);
        }

        public boolean hasRejected() {
            return condition.treatments().stream().anyMatch(t -> !t.recommendation().isAdvised());
        }
    }

    public record Myths(List<Myth> myths, List<Source> references, java.util.Map<String, Source> known) {
        public Myths {
            myths = List.copyOf(myths);
            references = List.copyOf(references);
        }
    }

    public record Sources(List<Source> sources, String kbVersion) {
        public Sources {
            sources = List.copyOf(sources);
        }
    }

    public record Error(int status, String heading, String message) {
    }
}
