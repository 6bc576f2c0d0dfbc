package org.spasmcheck.bench.load;

import java.net.URI;

/**
 * What a virtual user does, again and again: a session of one or more requests (one POST for a stateless route; a
 * whole interview for the stateful one). One instance serves all virtual users, so implementations are thread-safe.
 */
public interface Scenario {
    /** Short name for the result table, e.g. "assess". */
    String name();

    /** The server this scenario loads; every request goes there. */
    URI target();

    /** The first request of a new session. */
    Step start();
}
