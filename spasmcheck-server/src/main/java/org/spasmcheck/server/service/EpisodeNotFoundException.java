package org.spasmcheck.server.service;

/** The diary has no episode with this id. */
public final class EpisodeNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EpisodeNotFoundException() {
        super("no such episode in this diary");
    }
}
