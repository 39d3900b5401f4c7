package org.tandem.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Accounts of the current district. Other features read accounts through this, never by their own queries. */
@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    /** The account, if it exists and has not been deactivated. */
    public Optional<Account> findActive(UUID accountId) {
        return accountId == null ? Optional.empty() : findByIdOptional(accountId).filter(Account::active);
    }

    /** Whether an account of this district already has the email (any case, active or not). */
    public boolean emailTaken(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }
}
