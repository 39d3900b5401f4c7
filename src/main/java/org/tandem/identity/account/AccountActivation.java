package org.tandem.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.identity.AccessTokenRevocation;
import org.tandem.identity.Account;
import org.tandem.platform.problem.ApiException;

/**
 * District administrators deactivate and reactivate accounts of their district. Deactivating signs
 * the account out everywhere at once: its refresh tokens are revoked and its access tokens stop.
 */
@ApplicationScoped
@Transactional
class AccountActivation {

    private final EntityManager em;
    private final Caller caller;
    private final AccessTokenRevocation revocation;

    AccountActivation(EntityManager em, Caller caller, AccessTokenRevocation revocation) {
        this.em = em;
        this.caller = caller;
        this.revocation = revocation;
    }

    /** Deactivating twice is harmless. */
    void deactivate(UUID accountId) {
        if (accountId.equals(caller.accountId())) {
            throw ApiException.unprocessable("cannot_deactivate_self", "You cannot deactivate your own account");
        }
        Account account = find(accountId);
        account.deactivate();
        em.createNativeQuery("UPDATE refresh_token SET state = 'revoked' WHERE tenant_id = :tenant AND account_id = :account AND state = 'active'")
                .setParameter("tenant", account.tenantId().toString()).setParameter("account", accountId).executeUpdate();
        revocation.revokeAll(account.tenantId(), accountId);
    }

    /** The account can sign in again; nothing it held before works again. */
    void reactivate(UUID accountId) {
        find(accountId).reactivate();
    }

    private Account find(UUID accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw ApiException.notFound("Account " + accountId);
        }
        return account;
    }
}
