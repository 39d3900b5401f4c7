package org.tandem.identity.reset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.jboss.logging.Logger;
import org.tandem.directory.District;
import org.tandem.identity.AccessTokenRevocation;
import org.tandem.identity.Account;
import org.tandem.identity.JoiningSettings;
import org.tandem.platform.security.OpaqueTokens;
import org.tandem.identity.PasswordHasher;
import org.tandem.identity.PreSignInLookup;
import org.tandem.platform.problem.ApiException;
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

    private final EntityManager em;
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

    PasswordResetService(EntityManager em, TenantContext tenant, PreSignInLookup lookup, PasswordHasher passwords,
                         PasswordResetMail mail, JoiningSettings settings, PasswordResetThrottle throttle,
                         TenantScope scope, AccessTokenRevocation revocation) {
        this.scope = scope;
        this.revocation = revocation;
        this.em = em;
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
        Account account = em.find(Account.class, accountId);
        District district = em.find(District.class, districtId);
        String token = OpaqueTokens.generate();
        PasswordReset reset = new PasswordReset(accountId, OpaqueTokens.hash(token), Instant.now().plus(settings.passwordResetLifetime()));
        em.persist(reset);
        em.flush();
        mail.send(account, district, reset, token);
    }

    private void setPassword(String tokenHash, String passwordHash) {
        PasswordReset reset = em.createQuery("FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst().orElseThrow(PasswordResetService::invalid);
        int claimed = em.createNativeQuery("""
                        UPDATE password_reset SET used_at = now()
                        WHERE id = :id AND used_at IS NULL AND expires_at > now()""")
                .setParameter("id", reset.id()).executeUpdate();
        Account account = em.find(Account.class, reset.accountId());
        if (claimed == 0 || account == null || !account.active()) {
            throw invalid();
        }
        account.changePassword(passwordHash);
        em.createNativeQuery("UPDATE password_reset SET used_at = now() WHERE account_id = :account AND used_at IS NULL")
                .setParameter("account", account.id()).executeUpdate();
        em.createNativeQuery("UPDATE refresh_token SET state = 'revoked' WHERE account_id = :account AND state = 'active'")
                .setParameter("account", account.id()).executeUpdate();
        revocation.revokeAll(account.tenantId(), account.id());
    }

    private static ApiException invalid() {
        return ApiException.badRequest("invalid_reset_token",
                "This reset link is not valid: it was used, has expired or never existed. Ask for a new one.");
    }
}
