package org.spasmcheck.engine.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spasmcheck.engine.differential.Differential;
import org.spasmcheck.engine.differential.LikelihoodModel;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.expression.Truth;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.InterviewSettings;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.triage.TriageDecision;

/**
 * Chooses the next question (docs/ENGINE.md, "Next question"):
 * <ol>
 *   <li>an emergency red flag has fired: stop at once;</li>
 *   <li>the opening questions (where, age, sex);</li>
 *   <li>open screens relevant to the presentation: red-flag rules, most urgent first, then escalation rules of
 *   level consultation_24 or higher; a screening question is asked only if its answer could decide the rule;</li>
 *   <li>stop if the top cause is confident, or at the question cap;</li>
 *   <li>else the askable question of highest expected information gain, unless none gains the minimum.</li>
 * </ol>
 */
public final class QuestionSelector {
    private static final int TRIAGE_LEVELS = TriageLevel.values().length;
    /**
     * Scores this close are a tie: the fast gain ({@link ExpectedGain}) and the textbook formula
     * ({@link InformationGain}) differ in the last bits, far below this, and a difference this small means nothing.
     */
    public static final double TIE_BITS = 1e-9;
    private final LikelihoodModel model;
    private final KnowledgeBase kb;
    private final List<RedFlagRule> screeningRules;
    /** The urgency of each cause's triage floor (conditions in knowledge-base order, then "other cause"). */
    private final int[] urgencyOfCause;
    /** Each condition's index in knowledge-base order, the order of the likelihood tables. */
    private final Map<String, Integer> conditionIndex = new HashMap<>();
    private final ExpectedGain expectedGain;
    /** Among tied questions, a red-flag finding first (ruling danger in or out), then the lower finding id. */
    private final Comparator<Finding> tieOrder;

    public QuestionSelector(LikelihoodModel model) {
        this.model = model;
        this.kb = model.knowledgeBase();
        // Red-flag rules first, most urgent first; then escalation rules that need a doctor within 24 hours or
        // sooner, so that "see a doctor today" is never missed for want of a question.
        this.screeningRules = kb.rules().stream()
                .filter(r -> r.redFlag() || r.level().urgency() >= TriageLevel.CONSULTATION_24.urgency())
                .sorted(Comparator.comparing((RedFlagRule r) -> !r.redFlag())
                        .thenComparing(Comparator.comparingInt((RedFlagRule r) -> r.level().urgency()).reversed()))
                .toList();
        this.urgencyOfCause = new int[kb.conditions().size() + 1];
        for (int c = 0; c < kb.conditions().size(); c++) {
            urgencyOfCause[c] = kb.conditions().get(c).triage().level().urgency();
        }
        urgencyOfCause[kb.conditions().size()] = kb.defaultLevel().urgency();
        for (int c = 0; c < kb.conditions().size(); c++) {
            conditionIndex.put(kb.conditions().get(c).id(), c);
        }
        this.expectedGain = new ExpectedGain(model, urgencyOfCause, TRIAGE_LEVELS);
        java.util.Set<String> redFlags = RedFlagRule.redFlagFindings(kb.rules());
        this.tieOrder = Comparator.comparing((Finding f) -> !redFlags.contains(f.id())).thenComparing(Finding::id);
    }

    public NextStep next(Evidence evidence, Differential differential, TriageDecision triage, Audience audience,
                         int questionsAsked) {
        if (triage.emergencyRuleFired()) {
            return NextStep.stop(StopReason.EMERGENCY);
        }
        Optional<Question> opening = opening(evidence, audience);
        if (opening.isPresent()) {
            return NextStep.ask(opening.get());
        }
        Optional<Question> screen = openScreen(evidence, audience);
        if (screen.isPresent()) {
            return NextStep.ask(screen.get());
        }
        double top = differential.top().map(RankedCondition::probability).orElse(0.0);
        InterviewSettings settings = kb.interview();
        if (top >= settings.confidenceStop()) {
            return NextStep.stop(StopReason.CONFIDENT);
        }
        if (questionsAsked >= settings.questionCap()) {
            return NextStep.stop(StopReason.QUESTION_CAP);
        }
        return mostInformative(evidence, differential, audience);
    }

    private Optional<Question> opening(Evidence evidence, Audience audience) {
        return kb.interview().firstQuestions().stream()
                .map(kb.findings()::get)
                .filter(f -> isAskable(f, evidence, audience))
                .findFirst()
                .map(f -> new Question(f, QuestionReason.OPENING, f.why(), null, List.of(), 0));
    }

    /** The first unasked screening question of the most urgent relevant rule that can still fire. */
    public Optional<Question> openScreen(Evidence evidence, Audience audience) {
        for (RedFlagRule rule : screeningRules) {
            if (rule.screenWhen().evaluate(evidence, kb.findings()) != Truth.TRUE
                    || rule.when().evaluate(evidence, kb.findings()) != Truth.UNKNOWN) {
                continue;
            }
            for (String id : rule.screen()) {
                Finding f = kb.findings().get(id);
                if (f != null && isAskable(f, evidence, audience) && couldDecide(rule, f, evidence)) {
                    return Optional.of(new Question(f, QuestionReason.RED_FLAG_SCREEN, f.why(), rule.id(), List.of(), 0));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A screening question is worth asking only if some answer to it changes what the rule evaluates to: with
     * "jaw lock or spasms" and "wound or no vaccine", once the jaw lock is known, asking about spasms decides nothing.
     */
    private boolean couldDecide(RedFlagRule rule, Finding f, Evidence evidence) {
        List<Value> answers = switch (f.type()) {
            case BOOLEAN -> List.of(Value.of(true), Value.of(false));
            case CHOICE -> f.options().stream().<Value>map(Value.Choice::new).toList();
            case MULTI_CHOICE, NUMBER -> List.of();
        };
        if (answers.isEmpty()) {
            return true;
        }
        return answers.stream().map(v -> rule.when().evaluate(evidence.with(f.id(), v), kb.findings()))
                .distinct().count() > 1;
    }

    /**
     * Step 6 alone: the askable question of highest score, or why none is asked. Scores within {@link #TIE_BITS}
     * of the best are a tie, broken by a fixed rule rather than by the order of the knowledge base or by rounding:
     * a red-flag finding first, then the lower finding id.
     */
    public NextStep mostInformative(Evidence evidence, Differential differential, Audience audience) {
        ExpectedGain.Scorer scorer = expectedGain.scorer(posteriorInModelOrder(differential));
        double weight = kb.interview().triageInformationWeight();
        Finding[] askable = new Finding[kb.findings().size()];
        double[] scores = new double[askable.length];
        int n = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Finding f : kb.findings().values()) {
            if (isAskable(f, evidence, audience)) {
                askable[n] = f;
                scores[n] = scorer.score(f.id(), weight);
                bestScore = Math.max(bestScore, scores[n]);
                n++;
            }
        }
        Finding best = null;
        double bestGain = 0;
        for (int i = 0; i < n; i++) {
            if (scores[i] >= bestScore - TIE_BITS && (best == null || tieOrder.compare(askable[i], best) < 0)) {
                best = askable[i];
                bestGain = scores[i];
            }
        }
        if (best == null) {
            return NextStep.stop(StopReason.NO_QUESTIONS_LEFT);
        }
        if (bestGain < kb.interview().minInformationGainBits()) {
            return NextStep.stop(StopReason.NO_INFORMATIVE_QUESTION);
        }
        // Only the winner becomes a Question: its explanation and the causes it separates are not needed before.
        List<String> separates = separated(scorer.perCause(best.id()));
        return NextStep.ask(new Question(best, QuestionReason.INFORMATION_GAIN, explain(best, separates), null,
                separates, bestGain));
    }

    /** The finding's own reason, and which likely causes the answer helps tell apart (in plain names). */
    private String explain(Finding f, List<String> separates) {
        List<String> names = separates.stream().map(id -> kb.condition(id).map(c -> c.layName()).orElse(id))
                .map(n -> n.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + n.substring(1)).toList();
        String tellApart = names.size() == 2 ? " It helps tell apart " + names.get(0) + " and " + names.get(1) + "." : "";
        return f.why().strip() + tellApart;
    }

    /** The two conditions whose probabilities the answer is expected to move most. */
    private List<String> separated(double[] perCause) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < kb.conditions().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> perCause[i]).reversed());
        return order.stream().limit(2).map(i -> kb.conditions().get(i).id()).toList();
    }

    private double[] posteriorInModelOrder(Differential differential) {
        double[] p = new double[kb.conditions().size() + 1];
        for (RankedCondition r : differential.ranked()) {
            p[conditionIndex.get(r.condition().id())] = r.probability();
        }
        p[kb.conditions().size()] = differential.otherProbability();
        return p;
    }

    /** Not yet asked, answerable by this audience, and its ask_if gate is TRUE. */
    public boolean isAskable(Finding f, Evidence evidence, Audience audience) {
        return !evidence.isAnswered(f.id())
                && audience.mayAnswer(f.askedOf())
                && f.askIf().evaluate(evidence, kb.findings()) == Truth.TRUE;
    }
}
