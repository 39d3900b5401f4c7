package org.tandem.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.identity.AccessTokenRevocation;
import org.tandem.identity.Account;
import org.tandem.identity.AccountRepository;
import org.tandem.identity.token.RefreshTokenRepository;
import org.tandem.platform.problem.ApiException;

/**
 * District administrators deactivate and reactivate accounts of their district. Deactivating signs
 * the account out everywhere at once: its refresh tokens are revoked and its access tokens stop.
 */
@ApplicationScoped
@Transactional
class AccountActivation {

    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final Caller caller;
    private final AccessTokenRevocation revocation;

    AccountActivation(AccountRepository accounts, RefreshTokenRepository refreshTokens, Caller caller,
                      AccessTokenRevocation revocation) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
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
        refreshTokens.revokeAllOf(account.tenantId(), accountId);
        revocation.revokeAll(account.tenantId(), accountId);
    }

    /** The account can sign in again; nothing it held before works again. */
    void reactivate(UUID accountId) {
        find(accountId).reactivate();
    }

    private Account find(UUID accountId) {
        Account account = accountId == null ? null : accounts.findById(accountId);
        if (account == null) {
            throw ApiException.notFound("Account " + accountId);
        }
        return account;
    }
}
