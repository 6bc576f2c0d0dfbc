package org.spasmcheck.server.web;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Myth;
import org.spasmcheck.engine.model.Source;
import org.spasmcheck.engine.model.Treatment;

/** The learn pages: every condition, the myths and facts, and the sources, all rendered from the knowledge base. */
final class LearnPages {
    private final KnowledgeBase kb;

    LearnPages(KnowledgeBase kb) {
        this.kb = kb;
    }

    void index(Context ctx) {
        List<Condition> byName = kb.conditions().stream()
                .sorted(Comparator.comparing(c -> c.layName().toLowerCase(java.util.Locale.ROOT))).toList();
        WebRoutes.page(ctx, "learn/index.jte", new Pages.LearnIndex(byName, kb.myths().size()));
    }

    void condition(Context ctx) {
        Optional<Condition> found = kb.condition(ctx.pathParam("conditionId"));
        if (found.isEmpty()) {
            WebRoutes.errorPage(ctx, 404, "We have no page about this. The list of all causes is on the Learn page.");
            return;
        }
        Condition c = found.get();
        References refs = new References(kb);
        c.workup().forEach(w -> refs.cite(w.citation()));
        c.treatments().stream().map(Treatment::citation).forEach(refs::cite);
        c.prevention().forEach(a -> refs.cite(a.citation()));
        refs.citeText(c.clinicianSummary());
        WebRoutes.page(ctx, "learn/condition.jte", new Pages.ConditionPage(c, refs.sources(), kb.sources()));
    }

    void myths(Context ctx) {
        References refs = new References(kb);
        kb.myths().stream().map(Myth::citation).forEach(refs::cite);
        WebRoutes.page(ctx, "learn/myths.jte", new Pages.Myths(kb.myths(), refs.sources(), kb.sources()));
    }

    void sources(Context ctx) {
        List<Source> all = kb.sources().values().stream().sorted(Comparator.comparing(LearnPages::sortKey)).toList();
        WebRoutes.page(ctx, "learn/sources.jte", new Pages.Sources(all, kb.version()));
    }

    /** S1, S2, ... S141, then X1, X2, ...: by letter, then by number. */
    private static String sortKey(Source s) {
        String k = s.key();
        String digits = k.replaceAll("\\D", "");
        return k.replaceAll("\\d", "") + String.format("%06d", digits.isEmpty() ? 0 : Integer.parseInt(digits));
    }
}
