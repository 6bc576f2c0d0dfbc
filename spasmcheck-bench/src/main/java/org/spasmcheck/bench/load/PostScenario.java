package org.spasmcheck.bench.load;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One POST of a JSON body per session, the bodies taken in turn: the echo floor and the stateless assessment. */
final class PostScenario implements Scenario {
    private final String name;
    private final URI target;
    private final String path;
    private final List<byte[]> bodies;
    private final AtomicInteger turn = new AtomicInteger();

    PostScenario(String name, URI target, String path, List<byte[]> bodies) {
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("a POST scenario needs at least one body");
        }
        this.name = name;
        this.target = target;
        this.path = path;
        this.bodies = List.copyOf(bodies);
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
        byte[] body = bodies.get(Math.floorMod(turn.getAndIncrement(), bodies.size()));
        return Step.last(Requests.postJson(target, path, body));
    }
}
