package org.tandem.identity.token;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens, found by the hash of the token; revoked by family (one sign-in) or by account (all of them). */
@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    /** The token with this hash; locked, two concurrent refreshes with one token run one after the other. */
    Optional<RefreshToken> byHash(String tokenHash, boolean lock) {
        var query = find("tokenHash", tokenHash);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    void revokeFamily(UUID familyId) {
        update("state = 'revoked' WHERE familyId = ?1 AND state = 'active'", familyId);
    }

    /** Every sign-in of the account ends (a password reset, a deactivation); the tenant routes it to one shard. */
    public void revokeAllOf(UUID tenantId, UUID accountId) {
        getEntityManager().createNativeQuery("""
                        UPDATE refresh_token SET state = 'revoked'
                        WHERE tenant_id = :tenant AND account_id = :account AND state = 'active'""")
                .setParameter("tenant", tenantId.toString()).setParameter("account", accountId).executeUpdate();
    }

    /** The district of a presented token's hash, found before any tenant is known (native SQL: not tenant-filtered). */
    Optional<UUID> tenantOfHash(String tokenHash) {
        return getEntityManager().createNativeQuery(
                        "SELECT cast(tenant_id AS uuid) FROM refresh_token WHERE token_hash = :hash", UUID.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst().map(UUID.class::cast);
    }
}
