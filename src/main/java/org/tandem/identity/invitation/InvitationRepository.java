package org.tandem.identity.invitation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Invitations, found by the hash of their token; claimed and revoked by guarded single statements. */
@ApplicationScoped
class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    Optional<Invitation> byTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /**
     * The one statement that decides which acceptance wins: it holds the row until commit, so the
     * others wait and then find it taken. True when this caller claimed it.
     */
    boolean claim(UUID invitationId, Instant at) {
        return getEntityManager().createNativeQuery("""
                        UPDATE invitation SET accepted_at = :at, version = version + 1
                        WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :at""")
                .setParameter("id", invitationId).setParameter("at", at)
                .executeUpdate() == 1;
    }

    void recordAcceptedBy(UUID invitationId, UUID accountId) {
        getEntityManager().createNativeQuery("UPDATE invitation SET accepted_account_id = :account WHERE id = :id")
                .setParameter("account", accountId).setParameter("id", invitationId).executeUpdate();
    }
}
