package org.spasmcheck.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.server.service.FieldProblem;
import org.spasmcheck.server.service.InvalidInputException;
import org.spasmcheck.server.service.SessionAssessment;
import org.spasmcheck.server.service.ShareService;
import org.spasmcheck.store.StoredShareLink;

/**
 * The clinician report of an assessment (PDF, FHIR R4 Bundle) and its read-only share links. Everything here needs
 * the assessment's token; what a link opens is served by the web pages under {@value #SHARED_PAGE}.
 */
final class ShareRoutes {
    /** Where a share link points: the read-only report page of the web (its token follows). */
    static final String SHARED_PAGE = "/s/";
    static final String PDF = "application/pdf";
    static final String FHIR_JSON = "application/fhir+json";

    private ShareRoutes() {
    }

    static void register(JavalinDefaultRoutingApi routes, ServerContext context) {
        String assessment = ApiRoutes.ASSESSMENTS + "/{id}";
        routes.get(assessment + "/report.pdf", ctx -> {
            SessionAssessment s = context.assessments().get(ctx.pathParam("id"), ApiRoutes.bearerToken(ctx));
            ctx.contentType(PDF).header("Content-Disposition", "inline; filename=\"spasmcheck-report.pdf\"")
                    .result(context.reports().pdf(s, context.diaries().diaryOf(s)));
        });
        routes.get(assessment + "/report.fhir.json", ctx -> {
            SessionAssessment s = context.assessments().get(ctx.pathParam("id"), ApiRoutes.bearerToken(ctx));
            ctx.contentType(FHIR_JSON).result(context.reports().fhirJson(s));
        });
        routes.post(assessment + "/shares", context.security().creations().limit(ctx -> {
            ObjectNode body = RequestBodies.object(ctx, true, Set.of("include_diary", "expires_in_days"));
            ShareService.CreatedShare created = context.shares().create(ctx.pathParam("id"), ApiRoutes.bearerToken(ctx),
                    flag(body, "include_diary"), days(body));
            ObjectNode out = link(created.link());
            out.put("url", SHARED_PAGE + created.token());
            ctx.status(HttpStatus.CREATED).contentType("application/json").result(out.toString());
        }));
        routes.get(assessment + "/shares", ctx -> {
            ArrayNode out = AssessmentJson.MAPPER.createArrayNode();
            context.shares().list(ctx.pathParam("id"), ApiRoutes.bearerToken(ctx)).forEach(l -> out.add(link(l)));
            ctx.contentType("application/json").result(AssessmentJson.MAPPER.createObjectNode().set("shares", out).toString());
        });
        routes.delete(assessment + "/shares/{shareId}", ctx -> {
            context.shares().revoke(ctx.pathParam("id"), ApiRoutes.bearerToken(ctx), ctx.pathParam("shareId"));
            ctx.status(HttpStatus.NO_CONTENT);
        });
    }

    /** A link without its token, which is never stored and never shown again. */
    private static ObjectNode link(StoredShareLink l) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("id", l.id());
        o.put("include_diary", l.includeDiary());
        o.put("created_at", l.createdAt().toString());
        o.put("expires_at", l.expiresAt().toString());
        if (l.revokedAt() == null) {
            o.putNull("revoked_at");
        } else {
            o.put("revoked_at", l.revokedAt().toString());
        }
        return o;
    }

    private static boolean flag(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "must be true or false, not " + v, "true or false")));
        }
        return v.asBoolean();
    }

    private static int days(ObjectNode body) {
        JsonNode v = body.get("expires_in_days");
        if (v == null) {
            return ShareService.DEFAULT_DAYS;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InvalidInputException(List.of(new FieldProblem("expires_in_days", "must be a whole number, not " + v,
                    "a whole number of days from 1 to " + ShareService.MAX_DAYS)));
        }
        return v.asInt();
    }
}
