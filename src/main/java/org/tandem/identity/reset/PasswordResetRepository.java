package org.tandem.identity.reset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Password resets: found by the hash of their token, spent by a guarded statement so a token works once. */
@ApplicationScoped
class PasswordResetRepository implements PanacheRepositoryBase<PasswordReset, UUID> {

    Optional<PasswordReset> byTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** Spends the reset if it is unused and unexpired at {@code at}; true when this caller spent it. */
    boolean spend(UUID resetId, Instant at) {
        return getEntityManager().createNativeQuery("""
                        UPDATE password_reset SET used_at = :at
                        WHERE id = :id AND used_at IS NULL AND expires_at > :at""")
                .setParameter("id", resetId).setParameter("at", at).executeUpdate() == 1;
    }

    /** Every other outstanding reset of the account stops working too. */
    void spendAllOf(UUID accountId, Instant at) {
        getEntityManager().createNativeQuery("UPDATE password_reset SET used_at = :at WHERE account_id = :account AND used_at IS NULL")
                .setParameter("account", accountId).setParameter("at", at).executeUpdate();
    }
}
