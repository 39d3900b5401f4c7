package org.tandem.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant (district) of the current unit of work. For an authenticated request it is the
 * token's {@code tid} and cannot be changed; code that runs before sign-in (the token endpoint,
 * invitation acceptance) or outside a request (seeding, jobs) names it explicitly with {@link #use}.
 */
@RequestScoped
@io.quarkus.arc.Unremovable
public class TenantContext {

    public static final String TENANT_CLAIM = "tid";

    private final JsonWebToken token;
    private UUID chosen;
    /** The token's tenant once read: a request's token does not change, and it is asked for by every statement. */
    private Optional<UUID> ofToken;

    TenantContext(JsonWebToken token) {
        this.token = token;
    }

    public Optional<UUID> current() {
        Optional<UUID> fromToken = fromToken();
        return fromToken.isPresent() ? fromToken : Optional.ofNullable(chosen);
    }

    /** Names the tenant for work done without a token. Must happen before the first database access. */
    public void use(UUID tenant) {
        Optional<UUID> fromToken = fromToken();
        if (fromToken.isPresent() && !fromToken.get().equals(tenant)) {
            throw new IllegalStateException("A request cannot switch away from its token's tenant");
        }
        this.chosen = tenant;
    }

    private Optional<UUID> fromToken() {
        Optional<UUID> known = ofToken;
        if (known != null) {
            return known;
        }
        Optional<UUID> read = readToken();
        if (read.isPresent()) {
            ofToken = read; // not an absent one: the request may not have authenticated yet
        }
        return read;
    }

    private Optional<UUID> readToken() {
        Object claim = token == null ? null : token.getClaim(TENANT_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
