package org.tandem.messaging.officehours;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Staff members' weekly office hours, one row per account. */
@ApplicationScoped
public class OfficeHoursRepository implements PanacheRepositoryBase<OfficeHours, UUID> {

    /** The hours of each active member of the thread in this role, in one statement: null for one who has set none. */
    public List<OfficeHours> ofThreadMembers(UUID threadId, String role) {
        return getEntityManager().createQuery("""
                        SELECT h FROM Participant p LEFT JOIN OfficeHours h ON h.accountId = p.accountId
                        WHERE p.threadId = :thread AND p.active = true AND p.role = :staff""", OfficeHours.class)
                .setParameter("thread", threadId).setParameter("staff", role).getResultList();
    }

    /** The hours these accounts have set, in one statement. */
    List<OfficeHours> ofAccounts(java.util.Collection<UUID> accountIds) {
        return getEntityManager().createQuery("FROM OfficeHours h WHERE h.accountId IN :accounts", OfficeHours.class)
                .setParameter("accounts", accountIds).getResultList();
    }
}
