package org.spasmcheck.server.security;

/** A form post without the signature of this browser's secret (see {@link FormTokens}); answered 403, nothing changed. */
public final class FormTokenRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FormTokenRejectedException() {
        super("the form token is missing or does not match this browser's cookie");
    }
}
