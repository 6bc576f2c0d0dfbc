package org.spasmcheck.server.security;

import java.security.SecureRandom;
import java.time.Clock;
import org.spasmcheck.server.ServerSettings;

/**
 * The server's guards, made once from its settings: form tokens (CSRF), the per-address rate limits of the creation
 * endpoints and the optional API keys of the integration endpoints. docs/SECURITY.md says what each protects.
 */
public record Security(FormTokens forms, RateLimiter creations, RateLimiter oneShots, ApiKeys apiKeys) {

    public static Security of(ServerSettings settings, Clock clock, SecureRandom random) {
        FormKey key = settings.formKey() == null ? FormKey.random(random) : settings.formKey();
        // With API keys every caller of the stateless endpoint is a known integration (see RateLimits.oneShots).
        RateLimit oneShots = settings.apiKeys().isOn() ? null : settings.rateLimits().oneShots();
        return new Security(new FormTokens(key, random), new RateLimiter(settings.rateLimits().creations(), clock),
                new RateLimiter(oneShots, clock), settings.apiKeys());
    }
}
