package org.tandem.identity.token;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.security.JwtSettings;
import org.tandem.platform.security.RevokedTokens;
import org.tandem.platform.security.TokenKeys;
import org.tandem.platform.tenancy.TenantContext;

/** Mints RS256 access tokens: iss, aud, sub, tenant, roles, kid, and a lifetime of about 15 minutes. */
@ApplicationScoped
class TokenIssuer {

    private final TokenKeys keys;
    private final JwtSettings settings;
    private final Clock clock;

    TokenIssuer(TokenKeys keys, JwtSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    String accessToken(UUID subject, UUID tenant, Set<String> roles, String scope) {
        return accessToken(subject, tenant, roles, scope, 0);
    }

    /** An account's token carries its token epoch, so that raising the epoch stops the token. */
    String accessToken(UUID subject, UUID tenant, Set<String> roles, String scope, int epoch) {
        Instant now = clock.instant();
        var claims = Jwt.issuer(settings.issuer())
                .audience(settings.audience())
                .subject(subject.toString())
                .groups(roles)
                .claim(TenantContext.TENANT_CLAIM, tenant.toString())
                .claim(RevokedTokens.EPOCH_CLAIM, epoch)
                .issuedAt(now)
                .expiresAt(now.plus(settings.accessTokenLifespan()));
        if (scope != null && !scope.isBlank()) {
            claims.claim("scope", scope);
        }
        return claims.jws().keyId(keys.current().keyId()).sign(keys.current().privateKey());
    }

    long lifetimeSeconds() {
        return settings.accessTokenLifespan().toSeconds();
    }
}
