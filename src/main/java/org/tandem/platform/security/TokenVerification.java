package org.tandem.platform.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.Set;

/**
 * Tells SmallRye JWT how to verify our access tokens: RS256 only, against our current and retired
 * keys (chosen by {@code kid}), with our issuer and audience, from the Authorization header only.
 */
@ApplicationScoped
public class TokenVerification {

    public static final int CLOCK_SKEW_SECONDS = 60;

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(TokenKeys keys, JwtSettings settings) {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setPublicKeyContent(keys.jwksJson());
        info.setIssuedBy(settings.issuer());
        info.setExpectedAudience(Set.of(settings.audience()));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setClockSkew(CLOCK_SKEW_SECONDS);
        info.setRequiredClaims(Set.of("sub", "exp", "iat", "tid"));
        info.setTokenHeader("Authorization");
        info.setTokenSchemes(List.of("Bearer"));
        info.setMaxTimeToLiveSecs(settings.accessTokenLifespan().toSeconds() + CLOCK_SKEW_SECONDS);
        return info;
    }
}
