package org.spasmcheck.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.server.api.ApiRoutes;
import org.spasmcheck.server.api.Problems;

/**
 * The errors Jetty answers by itself, before any route sees the request (a path with an encoded NUL or other
 * characters a URI must not hold, a malformed header): a problem like every other error, instead of Jetty's HTML page.
 * The request may be too broken to tell an API path from a page, so these are always application/problem+json; the
 * detail never quotes the request. The connection is closed after the answer, as Jetty's own page does, since what
 * follows on it cannot be trusted; without "Connection: close" a client would send its next request into a
 * connection the server is closing (found by ApiHandlersFuzzTest).
 */
final class JettyProblemHandler extends ErrorHandler {
    private final KnowledgeBase kb;

    JettyProblemHandler(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String body = SpasmcheckServer.problemJson(Problems.httpError(code, HttpStatus.getMessage(code)), kb);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, SpasmcheckServer.PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.getHeaders().put(ApiRoutes.KB_VERSION_HEADER, kb.version());
        response.getHeaders().put(ApiRoutes.KB_HASH_HEADER, kb.contentHash());
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
