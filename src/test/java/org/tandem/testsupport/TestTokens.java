package org.tandem.testsupport;

import io.quarkus.arc.Arc;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.security.JwtSettings;
import org.tandem.platform.security.TokenKeys;

/** Mints real access tokens, signed with the application's own key, for tests. */
public final class TestTokens {

    public static final String TENANT = "00000000-0000-0000-0000-0000000000a1";

    private TestTokens() {
    }

    public static String forRoles(String subject, String... roles) {
        return forTenant(TENANT, subject, roles);
    }

    public static String forTenant(String tenant, String subject, String... roles) {
        TokenKeys keys = Arc.container().instance(TokenKeys.class).get();
        JwtSettings settings = Arc.container().instance(JwtSettings.class).get();
        Instant now = Instant.now();
        return Jwt.issuer(settings.issuer())
                .audience(settings.audience())
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .claim("tid", tenant)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .jws().keyId(keys.current().keyId())
                .sign(keys.current().privateKey());
    }

    public static String randomSubject() {
        return UUID.randomUUID().toString();
    }
}
