package org.spasmcheck.bench.load;

import java.net.URI;
import java.net.http.HttpRequest;

/** The same GET again and again (a request is immutable, so all users share it): the result page, the PDF report. */
final class GetScenario implements Scenario {
    private final String name;
    private final URI target;
    private final HttpRequest request;

    GetScenario(String name, URI target, String path, String... headers) {
        this.name = name;
        this.target = target;
        this.request = Requests.get(target, path, headers);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public URI target() {
        return target;
    }

    @Override
    public Step start() {
        return Step.last(request);
    }
}
