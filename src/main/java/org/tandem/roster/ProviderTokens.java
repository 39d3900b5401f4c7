package org.tandem.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the districts' OneRoster token endpoints, cached on this instance until shortly
 * before they expire. A token is keyed by the district and its provider settings (creation time and
 * version), so new settings (other credentials) never reuse an old token; a 401 from the provider drops it.
 */
@ApplicationScoped
class ProviderTokens {

    /** A token is not used in its last seconds: a request sent then could reach the provider after expiry. */
    static final long MARGIN_SECONDS = 30;

    private record Token(String value, Instant expiresAt) {
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    ProviderTokens(Clock clock) {
        this.clock = clock;
    }

    Optional<String> current(String key) {
        Token token = tokens.get(key);
        if (token == null || !clock.instant().isBefore(token.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(token.value());
    }

    void keep(String key, String token, long expiresInSeconds) {
        long usable = Math.max(0, expiresInSeconds - MARGIN_SECONDS);
        tokens.put(key, new Token(token, clock.instant().plusSeconds(usable)));
    }

    void drop(String key) {
        tokens.remove(key);
    }
}
