package org.tandem.messaging.officehours;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/** Staff members' weekly office hours, one row per account. */
@Singleton
public class OfficeHoursRepository implements PanacheRepositoryBase<OfficeHours, UUID> {

    private final Sql sql;

    OfficeHoursRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * The hours of each active member of the thread in this role, in one plain-SQL statement: null
     * for one who has set none.
     */
    public List<WeeklyHours> ofThreadMembers(UUID threadId, String role) {
        String tenant = sql.tenant();
        return sql.list("""
                        SELECT p.account_id, h.time_zone, h.weekly
                        FROM thread_participant p
                        LEFT JOIN office_hours h ON h.tenant_id = p.tenant_id AND h.account_id = p.account_id
                        WHERE p.tenant_id = ? AND p.thread_id = ? AND p.active AND p.role = ?""",
                rs -> rs.getString("weekly") == null ? null
                        : OfficeHours.hours(Sql.uuid(rs, "account_id"), rs.getString("time_zone"), rs.getString("weekly")),
                tenant, threadId, role);
    }

    /** The hours these accounts have set, in one statement. */
    List<OfficeHours> ofAccounts(java.util.Collection<UUID> accountIds) {
        return getEntityManager().createQuery("FROM OfficeHours h WHERE h.accountId IN :accounts", OfficeHours.class)
                .setParameter("accounts", accountIds).getResultList();
    }
}
