package org.spasmcheck.server.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Set;

/**
 * Counters and request timing for /metrics. Tags never carry health data: only the channel, the HTTP method, the
 * route template (never the concrete path, which holds an assessment id) and the status code.
 */
public final class ApiMetrics {
    public static final String ASSESSMENTS_STARTED = "spasmcheck.assessments.started";
    public static final String ANSWERS_RECORDED = "spasmcheck.answers.recorded";
    public static final String ONE_SHOT_ASSESSMENTS = "spasmcheck.assessments.one_shot";
    public static final String REQUESTS = "spasmcheck.http.requests";
    /** Route tag of requests that matched no endpoint, so that probing random paths cannot grow the tag set. */
    static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final Counter assessmentsCreated;
    private final Counter answersRecorded;
    private final Counter oneShot;

    /** @param channel where the assessments come from: "api" (or "web" for the web interview) */
    public ApiMetrics(MeterRegistry registry, String channel) {
        this.assessmentsCreated = Counter.builder(ASSESSMENTS_STARTED).description("Stored assessments started")
                .tag("channel", channel).register(registry);
        this.answersRecorded = Counter.builder(ANSWERS_RECORDED).description("Answers appended to assessment logs")
                .tag("channel", channel).register(registry);
        this.oneShot = Counter.builder(ONE_SHOT_ASSESSMENTS).description("Stateless one-shot assessments")
                .tag("channel", channel).register(registry);
    }

    public void assessmentCreated() {
        assessmentsCreated.increment();
    }

    public void answersRecorded(int count) {
        answersRecorded.increment(count);
    }

    public void oneShotAssessed() {
        oneShot.increment();
    }

    /** Times one finished request (installed as Javalin's request logger, which sees every request). */
    public static void timeRequest(MeterRegistry registry, Context ctx, Float millis) {
        String method = ctx.method().name();
        Timer.builder(REQUESTS).description("HTTP requests by route and status")
                .tag("method", METHODS.contains(method) ? method : "OTHER")
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(Duration.ofNanos(Math.round(millis.doubleValue() * 1_000_000)));
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? UNMATCHED : endpoint.path;
    }
}
