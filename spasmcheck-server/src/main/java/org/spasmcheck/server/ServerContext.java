package org.spasmcheck.server;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.server.service.AssessmentService;

/** Everything the routes need, created once at start-up and shared. */
public record ServerContext(KnowledgeBase knowledgeBase, AssessmentService assessments, PrometheusMeterRegistry metrics,
                            ServerSettings settings) {
}
