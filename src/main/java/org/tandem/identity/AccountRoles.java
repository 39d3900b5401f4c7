package org.tandem.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.access.Roles;
import org.tandem.access.StaffMember;

/**
 * The roles an account holds, derived from the directory each time a token is issued (through
 * {@link Connections}, whatever persistence context sign-in runs in): staff
 * records make it staff (and school admin where it administers), a guardian record makes it a
 * guardian, the district flag a district admin. One person, one account, any number of roles.
 */
@ApplicationScoped
public class AccountRoles {

    private final EntityManager em;

    AccountRoles(EntityManager em) {
        this.em = em;
    }

    public Set<String> rolesOf(Account account) {
        return rolesOf(em, account);
    }

    public Set<String> rolesOf(UUID accountId) {
        return rolesOf(em, accountId);
    }

    /**
     * The roles of an account read through a persistence context the caller chose: one opened for a
     * named tenant, as external sign-in does while no request has a tenant yet.
     */
    public Set<String> rolesOf(EntityManager em, UUID accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null || !account.active() ? Set.of() : rolesOf(em, account);
    }

    private static Set<String> rolesOf(EntityManager em, Account account) {
        Set<String> roles = new TreeSet<>();
        if (account.districtAdmin()) {
            roles.add(Roles.DISTRICT_ADMIN);
        }
        List<StaffMember> staff = Connections.staffRecordsOf(em, account.id());
        if (!staff.isEmpty()) {
            roles.add(Roles.STAFF);
        }
        if (staff.stream().anyMatch(StaffMember::schoolAdmin)) {
            roles.add(Roles.SCHOOL_ADMIN);
        }
        if (Connections.guardianOf(em, account.id()).isPresent()) {
            roles.add(Roles.GUARDIAN);
        }
        return roles;
    }
}
