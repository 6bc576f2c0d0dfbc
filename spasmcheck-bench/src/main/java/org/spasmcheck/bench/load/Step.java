package org.spasmcheck.bench.load;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Function;

/**
 * One request of a scenario and what comes after it, given its successful (2xx) response: the next request of the
 * same session, or empty when the session is over and the virtual user starts a new one.
 */
public record Step(HttpRequest request, Function<HttpResponse<byte[]>, Optional<Step>> then) {
    /** A step after which the session is over. */
    public static Step last(HttpRequest request) {
        return new Step(request, response -> Optional.empty());
    }
}
