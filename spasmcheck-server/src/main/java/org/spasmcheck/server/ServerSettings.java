package org.spasmcheck.server;

import java.util.List;
import java.util.Objects;
import org.spasmcheck.server.security.ApiKeys;
import org.spasmcheck.server.security.FormKey;
import org.spasmcheck.server.security.RateLimits;

/**
 * How the server runs.
 *
 * @param emergencyNumbers the numbers named on emergency pages (default 112 and 911)
 * @param maxBodyBytes     larger request bodies are refused with 413
 * @param rateLimits       per-address limits of the creation endpoints ({@link RateLimits#OFF} for benchmarks)
 * @param apiKeys          keys the integration endpoints require ({@link ApiKeys#NONE}: open)
 * @param formKey          the key that signs the web forms' tokens; null for a random key per process
 */
public record ServerSettings(int port, List<String> emergencyNumbers, long maxBodyBytes, RateLimits rateLimits,
                             ApiKeys apiKeys, FormKey formKey) {
    public static final int DEFAULT_PORT = 8080;
    public static final List<String> DEFAULT_EMERGENCY_NUMBERS = List.of("112", "911");
    public static final long MAX_BODY_BYTES = 64 * 1024;

    public ServerSettings {
        emergencyNumbers = List.copyOf(emergencyNumbers);
        Objects.requireNonNull(rateLimits, "rateLimits (RateLimits.OFF for none)");
        Objects.requireNonNull(apiKeys, "apiKeys (ApiKeys.NONE for none)");
    }

    /** The default limits, no API keys and a random form key. */
    public ServerSettings(int port, List<String> emergencyNumbers, long maxBodyBytes) {
        this(port, emergencyNumbers, maxBodyBytes, RateLimits.DEFAULTS, ApiKeys.NONE, null);
    }

    public static ServerSettings defaults(int port) {
        return new ServerSettings(port, DEFAULT_EMERGENCY_NUMBERS, MAX_BODY_BYTES);
    }

    public ServerSettings withRateLimits(RateLimits limits) {
        return new ServerSettings(port, emergencyNumbers, maxBodyBytes, limits, apiKeys, formKey);
    }

    public ServerSettings withApiKeys(ApiKeys keys) {
        return new ServerSettings(port, emergencyNumbers, maxBodyBytes, rateLimits, keys, formKey);
    }

    public ServerSettings withFormKey(FormKey key) {
        return new ServerSettings(port, emergencyNumbers, maxBodyBytes, rateLimits, apiKeys, key);
    }
}
