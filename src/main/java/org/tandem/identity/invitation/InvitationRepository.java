package org.tandem.identity.invitation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
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

    /** A student's invitations, newest first, before a position (none: from the newest). */
    List<Invitation> ofStudent(UUID studentId, Instant beforeAt, UUID beforeId, int limit) {
        var query = beforeAt == null
                ? find("studentId = ?1 ORDER BY createdAt DESC, id DESC", studentId)
                : find("studentId = ?1 AND (createdAt < ?2 OR (createdAt = ?2 AND id < ?3)) ORDER BY createdAt DESC, id DESC",
                        studentId, beforeAt, beforeId);
        return query.range(0, limit - 1).list();
    }

    /** Revokes unless accepted or revoked already; guarded like {@link #claim}, so only one of the two wins. */
    void revoke(UUID invitationId, Instant at) {
        getEntityManager().createNativeQuery("""
                        UPDATE invitation SET revoked_at = :at, version = version + 1
                        WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL""")
                .setParameter("id", invitationId).setParameter("at", at).executeUpdate();
    }

    /** Reads the invitation again after a guarded statement changed its row. */
    void reload(Invitation invitation) {
        getEntityManager().refresh(invitation);
    }
}
