package org.spasmcheck.server.service;

/** The assessment has no share link with this id. */
public final class ShareLinkNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ShareLinkNotFoundException() {
        super("no such share link for this assessment");
    }
}
