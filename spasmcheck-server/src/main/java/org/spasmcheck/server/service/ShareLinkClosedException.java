package org.spasmcheck.server.service;

/** A share link that shows nothing: unknown, expired or revoked. It never carries any of the shared data. */
public final class ShareLinkClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the link shows nothing; the page says so in plain words. */
    public enum Reason { UNKNOWN, EXPIRED, REVOKED }

    private final Reason reason;

    public ShareLinkClosedException(Reason reason) {
        super("share link " + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
