package org.spasmcheck.server;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.server.security.Security;
import org.spasmcheck.server.service.AssessmentService;
import org.spasmcheck.server.service.ClinicianReports;
import org.spasmcheck.server.service.DiaryService;
import org.spasmcheck.server.service.ShareService;
import org.spasmcheck.store.Database;

/** Everything the routes need, created once at start-up and shared. */
public record ServerContext(KnowledgeBase knowledgeBase, AssessmentService assessments, DiaryService diaries,
                            ShareService shares, ClinicianReports reports, PrometheusMeterRegistry metrics,
                            ServerSettings settings, Security security) {

    /**
     * The use cases on one database.
     *
     * @param clock "now" for stored times, share-link expiry and the rate limits; its zone is the diary's "today" and
     *              the reports'
     */
    public static ServerContext of(KnowledgeBase kb, Database database, ServerSettings settings, Clock clock,
                                   SecureRandom random) {
        AssessmentService assessments = new AssessmentService(new Engine(kb), database.assessments(), clock, random);
        DiaryService diaries = new DiaryService(kb, database.diaries(), assessments, clock, random);
        ShareService shares = new ShareService(assessments, diaries, database.shareLinks(), clock, random);
        return new ServerContext(kb, assessments, diaries, shares, new ClinicianReports(kb, clock),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), settings, Security.of(settings, clock, random));
    }
}
