package org.tandem.identity.token;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.Roles;
import org.tandem.identity.Account;
import org.tandem.identity.AccountRepository;
import org.tandem.identity.AccountRoles;
import org.tandem.identity.PasswordHasher;
import org.tandem.identity.PreSignInLookup;
import org.tandem.platform.tenancy.TenantContext;

/**
 * The grants of the token endpoint. Each first finds the tenant the credential belongs to (a
 * lookup across tenants, before any tenant is known), then does the rest inside that tenant.
 */
@ApplicationScoped
class TokenService {

    private final AccountRepository accounts;
    private final ApiClientRepository clients;
    private final TenantContext tenant;
    private final PasswordHasher passwords;
    private final AccountRoles accountRoles;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final SignInThrottle throttle;
    private final PreSignInLookup lookup;

    TokenService(AccountRepository accounts, ApiClientRepository clients, TenantContext tenant, PasswordHasher passwords, AccountRoles accountRoles,
                 TokenIssuer issuer, RefreshTokens refreshTokens, SignInThrottle throttle, PreSignInLookup lookup) {
        this.accounts = accounts;
        this.clients = clients;
        this.tenant = tenant;
        this.passwords = passwords;
        this.accountRoles = accountRoles;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.lookup = lookup;
    }

    TokenResponse password(String email, String password, String tenantHint, String address) {
        throttle.check(email, address);
        List<PreSignInLookup.AccountInTenant> candidates = lookup.activeAccountsByEmail(email, tenantHint);
        if (candidates.size() > 1) {
            throw OAuthErrors.invalidRequest("This email has accounts in several districts; send `tenant` "
                    + "(the district's slug or id)");
        }
        if (candidates.isEmpty()) {
            passwords.matches(password, null);
            throttle.failed(email, address);
            throw wrongCredentials();
        }
        UUID accountId = candidates.get(0).accountId();
        tenant.use(candidates.get(0).tenantId());
        TokenResponse response = QuarkusTransaction.requiringNew().call(() -> {
            Account account = accounts.findById(accountId);
            if (account == null || !passwords.matches(password, account.passwordHash())) {
                return null;
            }
            return tokensFor(account, refreshTokens.startFamily(account.id()));
        });
        if (response == null) {
            throttle.failed(email, address);
            throw wrongCredentials();
        }
        throttle.succeeded(email);
        return response;
    }

    TokenResponse refresh(String presented) {
        UUID tenantId = QuarkusTransaction.requiringNew().call(() -> refreshTokens.tenantOf(presented));
        if (tenantId == null) {
            throw OAuthErrors.invalidGrant("The refresh token is not valid");
        }
        tenant.use(tenantId);
        RefreshTokens.Rotation rotation = QuarkusTransaction.requiringNew().call(() -> refreshTokens.rotate(presented));
        if (rotation.reused()) {
            throw OAuthErrors.invalidGrant("This refresh token was already used; every token of its sign-in was "
                    + "revoked. Sign in again.");
        }
        if (rotation.next() == null) {
            throw OAuthErrors.invalidGrant("The refresh token has expired or was revoked; sign in again");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = accounts.findById(rotation.accountId());
            if (account == null || !account.active()) {
                throw OAuthErrors.invalidGrant("The account is no longer active");
            }
            return tokensFor(account, rotation.next());
        });
    }

    TokenResponse clientCredentials(String clientId, String secret, String requestedScope, String address) {
        throttle.check("client:" + clientId, address);
        Optional<UUID> clientTenant = QuarkusTransaction.requiringNew().call(() -> clients.tenantOfActive(clientId));
        if (clientTenant.isEmpty()) {
            passwords.matches(secret, null);
            throttle.failed("client:" + clientId, address);
            throw OAuthErrors.invalidClient();
        }
        tenant.use(clientTenant.get());
        ApiClient client = QuarkusTransaction.requiringNew().call(() -> clients.activeByClientId(clientId).orElse(null));
        if (client == null || !passwords.matches(secret, client.secretHash())) {
            throttle.failed("client:" + clientId, address);
            throw OAuthErrors.invalidClient();
        }
        throttle.succeeded("client:" + clientId);
        Set<String> granted = grantedScopes(client, requestedScope);
        String scope = String.join(" ", granted);
        return new TokenResponse(issuer.accessToken(client.id(), client.tenantId(), Set.of(Roles.INTEGRATOR), scope),
                "Bearer", issuer.lifetimeSeconds(), null, scope);
    }

    /** Revokes the sign-in a refresh token belongs to (RFC 7009); unknown tokens are ignored. */
    void revoke(String presented) {
        UUID tenantId = QuarkusTransaction.requiringNew().call(() -> refreshTokens.tenantOf(presented));
        if (tenantId != null) {
            tenant.use(tenantId);
            QuarkusTransaction.requiringNew().run(() -> refreshTokens.revokeFamilyOf(presented));
        }
    }

    private TokenResponse tokensFor(Account account, String refreshToken) {
        return new TokenResponse(issuer.accessToken(account.id(), account.tenantId(), accountRoles.rolesOf(account), null,
                account.tokenEpoch()),
                "Bearer", issuer.lifetimeSeconds(), refreshToken, null);
    }

    private static Set<String> grantedScopes(ApiClient client, String requested) {
        if (requested == null || requested.isBlank()) {
            return new LinkedHashSet<>(client.scopes());
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
        if (!client.scopes().containsAll(asked)) {
            asked.removeAll(client.scopes());
            throw OAuthErrors.invalidScope("Not granted to this client: " + String.join(" ", asked));
        }
        return asked;
    }

    private static RuntimeException wrongCredentials() {
        return OAuthErrors.invalidGrant("The email or password is wrong");
    }
}
