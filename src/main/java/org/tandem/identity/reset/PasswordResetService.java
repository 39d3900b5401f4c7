package org.tandem.identity.reset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.tandem.directory.DirectoryReads;
import org.tandem.directory.District;
import org.tandem.identity.AccessTokenRevocation;
import org.tandem.identity.Account;
import org.tandem.identity.AccountRepository;
import org.tandem.identity.JoiningSettings;
import org.tandem.identity.PasswordHasher;
import org.tandem.identity.PreSignInLookup;
import org.tandem.identity.token.RefreshTokenRepository;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.security.OpaqueTokens;
import org.tandem.platform.tenancy.TenantContext;
import org.tandem.platform.tenancy.TenantScope;

/**
 * Password reset by a single-use, expiring token sent by mail. Asking never tells whether an
 * account exists; using a token sets the password, consumes every outstanding reset of the
 * account and signs it out everywhere (its refresh tokens are revoked).
 */
@ApplicationScoped
class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class);

    private final PasswordResetRepository resets;
    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final DirectoryReads directory;
    private final Clock clock;
    private final TenantContext tenant;
    private final PreSignInLookup lookup;
    private final PasswordHasher passwords;
    private final PasswordResetMail mail;
    private final JoiningSettings settings;
    private final PasswordResetThrottle throttle;
    private final TenantScope scope;
    private final AccessTokenRevocation revocation;
    private final ExecutorService background = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("password-reset-", 0).factory());

    PasswordResetService(PasswordResetRepository resets, AccountRepository accounts,
                         RefreshTokenRepository refreshTokens, DirectoryReads directory, Clock clock, TenantContext tenant, PreSignInLookup lookup, PasswordHasher passwords,
                         PasswordResetMail mail, JoiningSettings settings, PasswordResetThrottle throttle,
                         TenantScope scope, AccessTokenRevocation revocation) {
        this.scope = scope;
        this.revocation = revocation;
        this.resets = resets;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.directory = directory;
        this.clock = clock;
        this.tenant = tenant;
        this.lookup = lookup;
        this.passwords = passwords;
        this.mail = mail;
        this.settings = settings;
        this.throttle = throttle;
    }

    /**
     * Mails a reset to the account with this email in the named district. Without a district, an
     * email known in several districts gets one mail per district, each naming its district. Only
     * the throttle runs in the request: finding the account and queuing its mail happen after the
     * answer, so the answer is the same, in the same time, whether or not the email has an account.
     */
    void request(String email, String district, String clientAddress) {
        throttle.count(email, clientAddress);
        Optional<UUID> signedInTenant = tenant.current();
        background.execute(() -> {
            try {
                issueAll(email, district, signedInTenant);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not issue a password reset");
            }
        });
    }

    private void issueAll(String email, String district, Optional<UUID> signedInTenant) {
        for (PreSignInLookup.AccountInTenant found : lookup.activeAccountsByEmail(email.strip(), district)) {
            if (signedInTenant.isPresent() && !signedInTenant.get().equals(found.tenantId())) {
                continue; // a request cannot leave its token's district
            }
            scope.inNewTransaction(found.tenantId(), () -> {
                issue(found.accountId(), found.tenantId());
                return null;
            });
        }
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    void confirm(String token, String newPassword) {
        String hash = OpaqueTokens.hash(token);
        UUID resetTenant = lookup.tenantOfPasswordReset(hash).orElseThrow(PasswordResetService::invalid);
        if (tenant.current().filter(current -> !current.equals(resetTenant)).isPresent()) {
            throw invalid();
        }
        tenant.use(resetTenant);
        String passwordHash = passwords.hash(newPassword);
        QuarkusTransaction.requiringNew().run(() -> setPassword(hash, passwordHash));
    }

    private void issue(UUID accountId, UUID districtId) {
        Account account = accounts.findById(accountId);
        District district = directory.district(districtId).orElseThrow();
        String token = OpaqueTokens.generate();
        PasswordReset reset = new PasswordReset(accountId, OpaqueTokens.hash(token), clock.instant().plus(settings.passwordResetLifetime()));
        resets.persistAndFlush(reset);
        mail.send(account, district, reset, token);
    }

    private void setPassword(String tokenHash, String passwordHash) {
        PasswordReset reset = resets.byTokenHash(tokenHash).orElseThrow(PasswordResetService::invalid);
        Instant now = clock.instant();
        boolean spent = resets.spend(reset.id(), now);
        Account account = accounts.findActive(reset.accountId()).orElse(null);
        if (!spent || account == null) {
            throw invalid();
        }
        account.changePassword(passwordHash);
        resets.spendAllOf(account.id(), now);
        refreshTokens.revokeAllOf(account.tenantId(), account.id());
        revocation.revokeAll(account.tenantId(), account.id());
    }

    private static ApiException invalid() {
        return ApiException.badRequest("invalid_reset_token",
                "This reset link is not valid: it was used, has expired or never existed. Ask for a new one.");
    }
}
