package org.tandem.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.platform.security.RevokedTokens;

/**
 * Stops every access token an account holds now, at once: raises its token epoch and records the
 * raise for every instance (see {@link RevokedTokens}). Used when an account is deactivated, its
 * password is reset, it signs out, or a stolen refresh token is detected. Runs in the caller's
 * transaction; a rolled-back revocation is forgotten at the next reload.
 */
@ApplicationScoped
public class AccessTokenRevocation {

    private final EntityManager em;
    private final RevokedTokens revoked;

    AccessTokenRevocation(EntityManager em, RevokedTokens revoked) {
        this.em = em;
        this.revoked = revoked;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(UUID tenantId, UUID accountId) {
        Object epoch = em.createNativeQuery("""
                        UPDATE account SET token_epoch = token_epoch + 1
                        WHERE tenant_id = :tenant AND id = :account RETURNING token_epoch""")
                .setParameter("tenant", tenantId.toString()).setParameter("account", accountId)
                .getResultList().stream().findFirst().orElse(null);
        if (epoch == null) {
            return;
        }
        int minimum = ((Number) epoch).intValue();
        em.createNativeQuery("""
                        INSERT INTO token_revocation (tenant_id, account_id, epoch, revoked_at) VALUES (:tenant, :account, :epoch, now())
                        ON CONFLICT (tenant_id, account_id) DO UPDATE SET epoch = greatest(token_revocation.epoch, excluded.epoch),
                          revoked_at = now()""")
                .setParameter("tenant", tenantId.toString()).setParameter("account", accountId)
                .setParameter("epoch", minimum).executeUpdate();
        revoked.remember(accountId, minimum);
    }
}
