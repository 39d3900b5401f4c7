package org.tandem.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a token that claims to be issued in the future beyond the allowed clock skew: no issuer
 * of ours mints one, so it is forged with a stolen key or comes from a badly wrong clock, and
 * accepting it would stretch its life past what {@code exp} and the lifetime limit allow.
 */
@Singleton
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    private final Clock clock;

    IssuedAtCheck(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > 0
                && token.getIssuedAtTime() > clock.instant().getEpochSecond() + TokenVerification.CLOCK_SKEW_SECONDS) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token is issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
