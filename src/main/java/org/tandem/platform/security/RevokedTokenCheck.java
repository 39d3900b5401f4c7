package org.tandem.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses our access tokens whose account has since been deactivated, reset or signed out
 * everywhere: their {@code epoch} claim is older than the account's (see {@link RevokedTokens}).
 * A token without the claim counts as epoch 0. Tokens of a district's own identity provider are
 * matched to an active account on every request already.
 */
@Singleton
public class RevokedTokenCheck implements SecurityIdentityAugmentor {

    private final RevokedTokens revoked;
    private final String issuer;

    RevokedTokenCheck(RevokedTokens revoked, JwtSettings settings) {
        this.revoked = revoked;
        this.issuer = settings.issuer();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && issuer.equals(token.getIssuer())
                && token.getClaim("idp") == null && isRevoked(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token was revoked"));
        }
        return Uni.createFrom().item(identity);
    }

    private boolean isRevoked(JsonWebToken token) {
        UUID account;
        try {
            account = UUID.fromString(token.getSubject());
        } catch (RuntimeException e) {
            return false;
        }
        Object claim = token.getClaim(RevokedTokens.EPOCH_CLAIM);
        int epoch = 0;
        if (claim instanceof Number n) {
            epoch = n.intValue();
        } else if (claim != null) {
            try {
                epoch = Integer.parseInt(claim.toString());
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return revoked.isRevoked(account, epoch);
    }
}
