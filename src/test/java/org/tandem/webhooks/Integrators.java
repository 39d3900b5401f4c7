package org.tandem.webhooks;

import io.quarkus.arc.Arc;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.Roles;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.security.JwtSettings;
import org.tandem.platform.security.TokenKeys;

/** Integrator clients as they exist in production: an api_client row and a token whose subject is its id. */
final class Integrators {

    record Client(UUID id, UUID tenant, String token) {
    }

    private Integrators() {
    }

    static Client create(UUID tenant, String... scopes) {
        UUID id = UUID.randomUUID();
        Sql sql = Arc.container().instance(Sql.class).get();
        sql.update("INSERT INTO api_client (id, tenant_id, client_id, secret_hash, name, scopes) VALUES (?, ?, ?, 'x', ?,"
                + " string_to_array(?, ','))", id, tenant.toString(), "client-" + id, "Test client", String.join(",", scopes));
        return new Client(id, tenant, token(id, tenant, scopes));
    }

    /** Changes the client's grant (tokens already issued keep their scopes). */
    static void grant(Client client, String... scopes) {
        Arc.container().instance(Sql.class).get().update("UPDATE api_client SET scopes = string_to_array(?, ',') WHERE id = ?",
                String.join(",", scopes), client.id());
    }

    static String token(UUID subject, UUID tenant, String... scopes) {
        TokenKeys keys = Arc.container().instance(TokenKeys.class).get();
        JwtSettings settings = Arc.container().instance(JwtSettings.class).get();
        Instant now = Instant.now();
        return Jwt.issuer(settings.issuer()).audience(settings.audience()).subject(subject.toString())
                .groups(Set.of(Roles.INTEGRATOR)).claim("tid", tenant.toString())
                .claim("scope", String.join(" ", List.of(scopes))).issuedAt(now).expiresAt(now.plusSeconds(600))
                .jws().keyId(keys.current().keyId()).sign(keys.current().privateKey());
    }
}
