package org.tandem.identity.external;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.Claims;
import org.jboss.logging.Logger;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.lang.JoseException;
import org.tandem.platform.security.TokenPrincipals;
import org.tandem.platform.tenancy.TenantContext;

/**
 * Signs in the users of a district's own OpenID Connect provider. A bearer token whose issuer is a
 * configured provider is verified against that provider's keys and audience, its user is matched
 * to an active account of the provider's district, and the request then carries the same claims
 * as one of our tokens: the account as subject, the district as tenant, the account's roles.
 * Any other token is left to SmallRye JWT, which accepts only our own.
 */
@Singleton
class ExternalTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ExternalTokenIdentityProvider.class);

    private final ExternalIssuers issuers;
    private final ExternalAccounts accounts;

    ExternalTokenIdentityProvider(ExternalIssuers issuers, ExternalAccounts accounts) {
        this.issuers = issuers;
        this.accounts = accounts;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before SmallRye's validator (the default 1001), which fails every issuer but ours instead of passing it on. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (issuers.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        Optional<ExternalIssuer> issuer = unverifiedIssuer(token).flatMap(issuers::forIssuer);
        if (issuer.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // Fetching the provider's keys and reading accounts both block.
        return context.runBlocking(() -> signIn(issuer.get(), request));
    }

    private SecurityIdentity signIn(ExternalIssuer issuer, TokenAuthenticationRequest request) {
        String token = request.getToken().getToken();
        JwtClaims verified;
        try {
            verified = issuer.verify(token);
        } catch (ParseException e) {
            LOG.debugf(e, "Token of %s refused", issuer.name());
            throw new AuthenticationFailedException(e);
        }
        ExternalIssuerSettings.Issuer settings = issuer.settings();
        Object user = verified.getClaimValue(settings.userClaim());
        if (!(user instanceof String value) || value.isBlank()) {
            throw refused(issuer, "its user claim is not a string");
        }
        if (settings.matchBy() == ExternalIssuerSettings.MatchBy.EMAIL
                && "false".equalsIgnoreCase(String.valueOf(verified.getClaimValue("email_verified")))) {
            throw refused(issuer, "the provider says the email address is not verified");
        }
        ExternalAccounts.SignedIn account = accounts.find(settings, value)
                .orElseThrow(() -> refused(issuer, "no single active account of its district matches the user"));
        DefaultJWTCallerPrincipal principal = new TokenPrincipals.TokenPrincipal(token, "JWT",
                ourClaims(issuer, verified, account));
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(principal)
                .addCredential(request.getToken())
                .addRoles(account.roles())
                .addAttribute("quarkus.user", principal);
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            identity.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        return identity.build();
    }

    /** The claims one of our tokens would carry; nothing the provider asserts beyond who the user is. */
    private static JwtClaims ourClaims(ExternalIssuer issuer, JwtClaims verified, ExternalAccounts.SignedIn account) {
        JwtClaims claims = new JwtClaims();
        try {
            claims.setIssuer(verified.getIssuer());
            claims.setExpirationTime(verified.getExpirationTime());
            if (verified.getIssuedAt() != null) {
                claims.setIssuedAt(verified.getIssuedAt());
            }
        } catch (MalformedClaimException e) {
            throw new AuthenticationFailedException(e);
        }
        claims.setSubject(account.accountId().toString());
        claims.setClaim(Claims.upn.name(), account.accountId().toString());
        claims.setClaim(TenantContext.TENANT_CLAIM, issuer.settings().tenant().toString());
        claims.setStringListClaim(Claims.groups.name(), List.copyOf(account.roles()));
        claims.setClaim("idp", issuer.name());
        return claims;
    }

    private static AuthenticationFailedException refused(ExternalIssuer issuer, String reason) {
        LOG.infof("Sign-in through %s refused: %s", issuer.name(), reason);
        return new AuthenticationFailedException();
    }

    /** The {@code iss} of a compact JWS, read without verifying anything: it only chooses who verifies. */
    static Optional<String> unverifiedIssuer(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return org.jose4j.json.JsonUtil.parseJson(payload).get(Claims.iss.name()) instanceof String iss
                    ? Optional.of(iss) : Optional.empty();
        } catch (IllegalArgumentException | JoseException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
