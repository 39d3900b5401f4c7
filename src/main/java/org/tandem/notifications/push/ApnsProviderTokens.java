package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The APNs provider token: an ES256 JWT ({@code kid} = key id; {@code iss} = team id, {@code iat}),
 * signed with the .p8 key. Apple rejects a token older than an hour and throttles one refreshed more
 * often than every 20 minutes, so one token is shared by every send and renewed after 40 minutes, or
 * at once after APNs answers ExpiredProviderToken.
 */
final class ApnsProviderTokens {

    static final Duration RENEW_AFTER = Duration.ofMinutes(40);

    private record Held(String value, Instant issuedAt) {
    }

    private final String teamId;
    private final String keyId;
    private final PrivateKey key;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Held held;

    ApnsProviderTokens(String teamId, String keyId, PrivateKey key, ObjectMapper json, Clock clock) {
        this.teamId = teamId;
        this.keyId = keyId;
        this.key = key;
        this.json = json;
        this.clock = clock;
    }

    String current() {
        Held now = held;
        Instant at = clock.instant();
        if (now != null && at.isBefore(now.issuedAt().plus(RENEW_AFTER)) && !at.isBefore(now.issuedAt())) {
            return now.value();
        }
        synchronized (this) {
            if (held == null || !at.isBefore(held.issuedAt().plus(RENEW_AFTER)) || at.isBefore(held.issuedAt())) {
                String token = CompactJws.sign(json.createObjectNode().put("alg", "ES256").put("kid", keyId),
                        json.createObjectNode().put("iss", teamId).put("iat", at.getEpochSecond()), key);
                held = new Held(token, at);
            }
            return held.value();
        }
    }

    /** APNs called the token expired: the next send signs a new one. */
    void expired(String token) {
        synchronized (this) {
            if (held != null && held.value().equals(token)) {
                held = null;
            }
        }
    }
}
