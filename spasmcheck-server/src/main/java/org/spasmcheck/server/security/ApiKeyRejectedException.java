package org.spasmcheck.server.security;

/** A call to an integration endpoint without one of the configured {@link ApiKeys}: answered 401, nothing done. */
public final class ApiKeyRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ApiKeyRejectedException() {
        super("the API key is missing or not one of the configured keys");
    }
}
