package org.spasmcheck.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.engine.questions.QuestionReason;
import org.spasmcheck.engine.questions.StopReason;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.service.AssessmentChangedException;
import org.spasmcheck.server.service.AssessmentNotAccessibleException;
import org.spasmcheck.server.service.AssessmentService;
import org.spasmcheck.server.service.NothingToUndoException;
import org.spasmcheck.server.service.Precondition;
import org.spasmcheck.server.service.SessionAssessment;

/**
 * The web interview: start, one question per page, back, the emergency page and the result. Thin: each handler
 * reads the request, calls one use case of {@link AssessmentService} and shows or redirects to the next page.
 */
final class InterviewPages {
    /** Causes listed on the result page; the rest are summed into "other causes" so the page stays short. */
    static final int CAUSES_SHOWN = 5;
    /** A cause below this share is left out of the list (it still counts in "other causes"). */
    static final double MIN_SHARE_SHOWN = 0.01;
    /** The hidden field that marks the form of the change page. */
    static final String CHANGE_FIELD = "change";
    static final String CHANGE = "1";
    /** The hidden field with the version of the assessment a question or back form was shown at. */
    static final String VERSION_FIELD = "version";
    private static final String NOT_FOUND = "This assessment does not exist, or it was started in another browser. "
            + "For your privacy, an assessment can only be seen in the browser that started it.";

    private final ServerContext context;
    private final AssessmentService service;

    InterviewPages(ServerContext context) {
        this.context = context;
        this.service = context.assessments();
    }

    void start(Context ctx) {
        WebRoutes.page(ctx, "start.jte", new Pages.Start(context.settings().emergencyNumbers(),
                context.knowledgeBase().interview().questionCap()));
    }

    void create(Context ctx) {
        SessionAssessment s = service.create(Evidence.EMPTY);
        AssessmentCookie.set(ctx, s.id(), s.token());
        ctx.redirect(next(s), HttpStatus.SEE_OTHER);
    }

    void question(Context ctx) {
        SessionAssessment s = load(ctx);
        if (s == null) {
            return;
        }
        if (s.assessment().finished()) {
            ctx.redirect(next(s), HttpStatus.SEE_OTHER);
            return;
        }
        showQuestion(ctx, s, s.assessment().nextQuestion().orElseThrow(), false, null, List.of());
    }

    /** The page to change an answer given before (one filled in from the diary, say). */
    void change(Context ctx) {
        SessionAssessment s = load(ctx);
        if (s == null) {
            return;
        }
        Question q = answered(s, ctx.pathParam("findingId")).orElse(null);
        if (q == null) {
            ctx.redirect(next(s), HttpStatus.SEE_OTHER);
            return;
        }
        Value current = s.assessment().evidence().value(q.finding().id()).orElseThrow();
        showQuestion(ctx, s, q, true, null, AnswerForm.formValues(q.finding(), current));
    }

    void answer(Context ctx) {
        SessionAssessment s = load(ctx);
        if (s == null) {
            return;
        }
        if (!formOfThisVersion(ctx, s)) {
            ctx.redirect(next(s), HttpStatus.SEE_OTHER);
            return;
        }
        String findingId = ctx.formParam("finding");
        Optional<Question> open = s.assessment().nextQuestion().filter(n -> n.finding().id().equals(findingId));
        // Only the change page's form (change=1) may answer again a question answered before; any other form of an
        // earlier page (the browser's back button, a second tab) shows the question that is open now.
        boolean changing = open.isEmpty() && CHANGE.equals(ctx.formParam(CHANGE_FIELD));
        Question q = open.or(() -> changing ? answered(s, findingId) : Optional.empty()).orElse(null);
        if (q == null) {
            ctx.redirect(next(s), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, List<String>> form = ctx.formParamMap();
        AnswerForm.Result read = AnswerForm.read(q.finding(), form);
        if (read instanceof AnswerForm.Invalid invalid) {
            ctx.status(HttpStatus.BAD_REQUEST);
            showQuestion(ctx, s, q, open.isEmpty(), invalid.message(), form.getOrDefault(AnswerForm.ANSWER, List.of()));
            return;
        }
        SessionAssessment after;
        try {
            // At the version this request read: an answer from another tab in between makes this form stale too.
            after = service.answer(s.id(), AssessmentCookie.token(ctx),
                    Map.of(q.finding().id(), ((AnswerForm.Answer) read).value()), Precondition.atVersion(s.version()));
        } catch (AssessmentChangedException e) {
            after = e.current();
        }
        ctx.redirect(next(after), HttpStatus.SEE_OTHER);
    }

    void back(Context ctx) {
        String id = ctx.pathParam("id");
        if (!AssessmentCookie.isWellFormedId(id)) {
            notFound(ctx);
            return;
        }
        try {
            service.undoLast(id, AssessmentCookie.token(ctx), formVersion(ctx));
        } catch (AssessmentNotAccessibleException e) {
            notFound(ctx);
            return;
        } catch (NothingToUndoException e) {
            // Back on the first question: there is nothing before it, so the first question is shown again.
        } catch (AssessmentChangedException e) {
            // The back button of an older page (another tab went on or back): the open question is shown, unchanged.
        }
        ctx.redirect(AssessmentCookie.path(id), HttpStatus.SEE_OTHER);
    }

    void emergency(Context ctx) {
        SessionAssessment s = load(ctx);
        if (s == null) {
            return;
        }
        Assessment a = s.assessment();
        if (a.stopReason() != StopReason.EMERGENCY) {
            ctx.redirect(next(s), HttpStatus.SEE_OTHER);
            return;
        }
        noStore(ctx);
        WebRoutes.page(ctx, "emergency.jte", new Pages.Emergency(s.id(), a.triage().level(),
                a.carePlan().redFlagAdvice(), context.settings().emergencyNumbers()));
    }

    void result(Context ctx) {
        SessionAssessment s = load(ctx);
        if (s == null) {
            return;
        }
        Assessment a = s.assessment();
        if (!a.finished()) {
            ctx.redirect(next(s), HttpStatus.SEE_OTHER);
            return;
        }
        List<RankedCondition> likely = a.differential().ranked().stream()
                .filter(r -> !r.excluded() && r.probability() >= MIN_SHARE_SHOWN).limit(CAUSES_SHOWN).toList();
        double shown = likely.stream().mapToDouble(RankedCondition::probability).sum();
        noStore(ctx);
        WebRoutes.page(ctx, "result.jte", new Pages.Result(s.id(), a, context.knowledgeBase(), likely,
                Math.max(0, 1 - shown), context.settings().emergencyNumbers(), s.diaryId() != null,
                context.diaries().diaryOf(s).map(d -> d.patterns().escalations()).orElse(List.of()),
                context.shares().list(s.id(), AssessmentCookie.token(ctx)), context.shares().now()));
    }

    private void showQuestion(Context ctx, SessionAssessment s, Question q, boolean changing, String error,
                              List<String> selected) {
        int cap = context.knowledgeBase().interview().questionCap();
        int answered = s.questionsAsked();
        noStore(ctx);
        WebRoutes.page(ctx, "question.jte", new Pages.QuestionPage(s.id(), s.version(), q, answered,
                Math.max(1, cap - answered), cap, s.assessment().evidence().size() > 0, error, selected, changing,
                prefilled(s)));
    }

    /** An answer given before, as a question to answer again; empty for a finding that was not answered. */
    private Optional<Question> answered(SessionAssessment s, String findingId) {
        if (findingId == null || !s.assessment().evidence().isAnswered(findingId)) {
            return Optional.empty();
        }
        return context.knowledgeBase().finding(findingId)
                .map(f -> new Question(f, QuestionReason.OPENING, f.why(), null, List.of(), 0));
    }

    /** The answers still as the diary filled them in, in the order given. */
    private List<Pages.Prefilled> prefilled(SessionAssessment s) {
        return s.assessment().evidence().answers().entrySet().stream()
                .filter(e -> s.fromDiary().contains(e.getKey()))
                .flatMap(e -> context.knowledgeBase().finding(e.getKey()).stream()
                        .map(f -> new Pages.Prefilled(f.id(), PlainWords.shortQuestion(f), PlainWords.value(f, e.getValue()))))
                .toList();
    }

    /** The assessment of this request's id and cookie, or null after sending the 404 page. */
    private SessionAssessment load(Context ctx) {
        String id = ctx.pathParam("id");
        if (!AssessmentCookie.isWellFormedId(id)) {
            notFound(ctx);
            return null;
        }
        try {
            return service.get(id, AssessmentCookie.token(ctx));
        } catch (AssessmentNotAccessibleException e) {
            notFound(ctx);
            return null;
        }
    }

    /**
     * False for a form of an older state of the assessment (its hidden {@value #VERSION_FIELD} is not the current
     * version): it is answered like any stale form, with the question that is open now. A form without the field
     * (a page from before the field existed) is judged by its question alone.
     */
    private static boolean formOfThisVersion(Context ctx, SessionAssessment s) {
        return formVersion(ctx).admits(s.version());
    }

    /** The version the form was shown at; no condition when it has none, never any when it is not a number. */
    private static Precondition formVersion(Context ctx) {
        String version = ctx.formParam(VERSION_FIELD);
        if (version == null) {
            return Precondition.NONE;
        }
        try {
            return Precondition.atVersion(Long.parseLong(version));
        } catch (NumberFormatException e) {
            return new Precondition.AtVersions(Set.of());
        }
    }

    /** Where the interview goes on: the emergency page, the result, or the open question. */
    static String next(SessionAssessment s) {
        String base = AssessmentCookie.path(s.id());
        Assessment a = s.assessment();
        if (a.stopReason() == StopReason.EMERGENCY) {
            return base + "/emergency";
        }
        return a.finished() ? base + "/result" : base;
    }

    private static void notFound(Context ctx) {
        noStore(ctx);
        WebRoutes.errorPage(ctx, 404, NOT_FOUND);
    }

    /** Health answers stay out of shared caches and the browser's disk cache. */
    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
