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
import org.spasmcheck.engine.diary.DiaryEscalation;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.server.service.DiaryService;
import org.spasmcheck.server.service.EpisodeInput;
import org.spasmcheck.server.service.FieldProblem;
import org.spasmcheck.server.service.SessionAssessment;
import org.spasmcheck.server.service.ShareLinkClosedException;
import org.spasmcheck.server.service.ShareService;
import org.spasmcheck.store.StoredShareLink;

/** What each page template shows. Built by the handlers from the use case's result; no clinical logic here. */
public final class Pages {
    private Pages() {
    }

    public record Start(List<String> emergencyNumbers, int questionCap) {
    }

    /** An answer filled in from the diary: the question, the answer in words, and the finding to change it. */
    public record Prefilled(String findingId, String question, String answer) {
    }

    /** One answer choice of a question: the value the form sends and its label. */
    public record Choice(String value, String label) {
    }

    /**
     * @param version   the assessment's version the page shows; its forms send it back, so that a form of an older
     *                  state (another tab, the back button) changes nothing
     * @param answered  questions answered so far in this interview
     * @param aboutMore the most questions that may still come (the interview cap minus those answered), at least 1
     * @param error     what was wrong with the last answer, or null
     * @param selected  the values the person sent with a wrong answer, shown again so nothing is lost
     */
    public record QuestionPage(String assessmentId, long version, Question question, int answered, int aboutMore,
                               int cap, boolean canGoBack, String error, List<String> selected, boolean changing,
                               List<Prefilled> prefilled) {
        public QuestionPage {
            selected = List.copyOf(selected);
            prefilled = List.copyOf(prefilled);
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
                         double otherProbability, List<String> emergencyNumbers, boolean fromDiary,
                         List<DiaryEscalation> diaryEscalations, List<StoredShareLink> shares, java.time.Instant now) {
        public Result {
            likely = List.copyOf(likely);
            emergencyNumbers = List.copyOf(emergencyNumbers);
            diaryEscalations = List.copyOf(diaryEscalations);
            shares = List.copyOf(shares);
        }

        /** Links that still open, newest first. */
        public List<StoredShareLink> openShares() {
            return shares.stream().filter(l -> l.isOpenAt(now)).toList();
        }

        public List<Integer> shareDays() {
            return List.of(1, ShareService.DEFAULT_DAYS, 14, ShareService.MAX_DAYS);
        }

        public int defaultShareDays() {
            return ShareService.DEFAULT_DAYS;
        }

        public String date(java.time.Instant at) {
            return Dates.day(at);
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

    /** @param error why the key did not open a diary, or null */
    public record DiaryStart(String error) {
    }

    /**
     * The diary page.
     *
     * @param key      the diary's key, shown so the person can open the diary elsewhere
     * @param summary  the patterns in plain words
     * @param charts   inline SVG charts (per week, by time of day, by site)
     * @param problems what was wrong with the cramp just sent (empty normally)
     * @param form     what was sent with a wrong cramp, shown again so nothing is lost
     */
    public record DiaryPage(String key, DiaryService.OpenedDiary diary, List<String> summary, List<String> charts,
                            KnowledgeBase kb, List<FieldProblem> problems, java.util.Map<String, List<String>> form,
                            java.time.LocalDate today) {
        public DiaryPage {
            summary = List.copyOf(summary);
            charts = List.copyOf(charts);
            problems = List.copyOf(problems);
        }

        public List<Choice> sites() {
            Finding f = kb.finding(EpisodeInput.SITES_FINDING).orElseThrow();
            return f.options().stream().map(o -> new Choice(o, PlainWords.option(f, o))).toList();
        }

        public List<Choice> sides() {
            return java.util.Arrays.stream(Side.values()).map(s -> new Choice(s.id(), s.label())).toList();
        }

        public List<Choice> triggers() {
            return java.util.Arrays.stream(Trigger.values()).map(t -> new Choice(t.id(), t.label())).toList();
        }

        /** The value sent for a field with a wrong cramp, or the default for a new one. */
        public String value(String field, String fallback) {
            String sent = EpisodeForm.first(form, field);
            return sent == null ? fallback : sent;
        }

        /** When a person who looks after their cramps at home should get help (the knowledge base's self-care advice). */
        public String safetyNet() {
            return kb.safetyNetByLevel().get(TriageLevel.SELF_CARE);
        }

        public String defaultStart() {
            return today.atTime(java.time.LocalTime.of(12, 0)).toString();
        }

        /** The message for a field at fault (the service's field names), or null. */
        public String problem(String field) {
            return problems.stream().filter(p -> p.field().equals(field)).findFirst()
                    .map(p -> "Please check this: " + p.message() + ". Allowed: " + p.allowed() + ".").orElse(null);
        }

        /** Newest first, as people read a diary. */
        public List<Episode> episodesNewestFirst() {
            List<Episode> out = new java.util.ArrayList<>(diary.episodes());
            java.util.Collections.reverse(out);
            return out;
        }

        public String siteWords(String site) {
            return kb.finding(EpisodeInput.SITES_FINDING).map(f -> PlainWords.option(f, site)).orElse(site);
        }

        public String durationWords(Episode e) {
            return DiaryWords.duration(e.duration());
        }

        public String startWords(Episode e) {
            return e.start().format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
                    java.util.Locale.ENGLISH));
        }

        public String sideWords(Episode e) {
            return switch (e.side()) {
                case LEFT -> "left side";
                case RIGHT -> "right side";
                case BOTH -> "both sides";
                case MIDDLE -> "middle of the body";
            };
        }

        public String triggerWords(Episode e) {
            return DiaryWords.when(e.trigger());
        }
    }

    /** A share link just made: its URL is shown this once. */
    public record ShareCreated(String assessmentId, String url, StoredShareLink link) {
        public String expires() {
            return Dates.day(link.expiresAt());
        }
    }

    public record ShareClosed(ShareLinkClosedException.Reason reason) {
        public String heading() {
            return switch (reason) {
                case EXPIRED -> "This link has expired";
                case REVOKED -> "This link was turned off";
                case UNKNOWN -> "This link does not work";
            };
        }

        public String message() {
            return switch (reason) {
                case EXPIRED -> "Share links stop working after a set time, to keep health data private. "
                        + "Please ask the person who shared it for a new link.";
                case REVOKED -> "The person who shared it has turned this link off. Please ask them for a new link.";
                case UNKNOWN -> "Please check that the whole link was copied. If it still does not work, ask the "
                        + "person who shared it for a new link.";
            };
        }
    }

    /**
     * What a share link shows a clinician: the report, and the diary when the person included it.
     *
     * @param diary       the diary's patterns as clinician text (empty without a diary)
     * @param escalations the diary escalations that fired, as clinician text
     * @param charts      the diary's charts as inline SVG (empty without a diary)
     */
    public record Shared(String token, SessionAssessment session, KnowledgeBase kb, List<String> diary,
                         List<String> escalations, List<String> charts, StoredShareLink link) {
        public Shared {
            diary = List.copyOf(diary);
            escalations = List.copyOf(escalations);
            charts = List.copyOf(charts);
        }

        public Assessment assessment() {
            return session.assessment();
        }

        public String expires() {
            return Dates.day(link.expiresAt());
        }

        /** The answers in the order given, each with its question, the answer in words, and whether the diary gave it. */
        public List<Pages.SharedAnswer> answers() {
            return assessment().evidence().answers().entrySet().stream()
                    .flatMap(e -> kb.finding(e.getKey()).stream().map(f -> new SharedAnswer(f.id(),
                            PlainWords.shortQuestion(f), PlainWords.value(f, e.getValue()),
                            e.getValue() instanceof org.spasmcheck.engine.model.Value.Unknown,
                            session.fromDiary().contains(f.id()))))
                    .toList();
        }

        public List<RankedCondition> likely() {
            return assessment().differential().ranked().stream()
                    .filter(r -> !r.excluded() && r.probability() >= InterviewPages.MIN_SHARE_SHOWN)
                    .limit(InterviewPages.CAUSES_SHOWN).toList();
        }
    }

    public record SharedAnswer(String findingId, String question, String answer, boolean unknown, boolean fromDiary) {
    }
}
