package org.spasmcheck.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.engine.questions.StopReason;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.service.AssessmentNotAccessibleException;
import org.spasmcheck.server.service.AssessmentService;
import org.spasmcheck.server.service.NothingToUndoException;
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
        showQuestion(ctx, s, null, List.of());
    }

    void answer(Context ctx) {
        SessionAssessment s = load(ctx);
        if (s == null) {
            return;
        }
        Question q = s.assessment().nextQuestion().orElse(null);
        // A form of an earlier page (the browser's back button, a second tab): show the question that is open now.
        if (q == null || !q.finding().id().equals(ctx.formParam("finding"))) {
            ctx.redirect(next(s), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, List<String>> form = ctx.formParamMap();
        AnswerForm.Result read = AnswerForm.read(q.finding(), form);
        if (read instanceof AnswerForm.Invalid invalid) {
            ctx.status(HttpStatus.BAD_REQUEST);
            showQuestion(ctx, s, invalid.message(), form.getOrDefault(AnswerForm.ANSWER, List.of()));
            return;
        }
        SessionAssessment after = service.answer(s.id(), AssessmentCookie.token(ctx),
                Map.of(q.finding().id(), ((AnswerForm.Answer) read).value()));
        ctx.redirect(next(after), HttpStatus.SEE_OTHER);
    }

    void back(Context ctx) {
        String id = ctx.pathParam("id");
        if (!AssessmentCookie.isWellFormedId(id)) {
            notFound(ctx);
            return;
        }
        try {
            service.undoLast(id, AssessmentCookie.token(ctx));
        } catch (AssessmentNotAccessibleException e) {
            notFound(ctx);
            return;
        } catch (NothingToUndoException e) {
            // Back on the first question: there is nothing before it, so the first question is shown again.
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
                Math.max(0, 1 - shown), context.settings().emergencyNumbers()));
    }

    private void showQuestion(Context ctx, SessionAssessment s, String error, List<String> selected) {
        int cap = context.knowledgeBase().interview().questionCap();
        int answered = s.questionsAsked();
        Question q = s.assessment().nextQuestion().orElseThrow();
        noStore(ctx);
        WebRoutes.page(ctx, "question.jte", new Pages.QuestionPage(s.id(), q, answered, Math.max(1, cap - answered),
                cap, s.assessment().evidence().size() > 0, error, selected));
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

    /** Where the interview goes on: the emergency page, the result, or the open question. */
    private static String next(SessionAssessment s) {
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
