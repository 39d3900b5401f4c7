package org.tandem.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.tandem.access.Roles;

/**
 * The roles an account holds, derived from the directory each time a token is issued: staff
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
        Set<String> roles = new TreeSet<>();
        if (account.districtAdmin()) {
            roles.add(Roles.DISTRICT_ADMIN);
        }
        List<String> staffKinds = em.createQuery(
                        "SELECT s.kind FROM Staff s WHERE s.accountId = :account AND s.active = true", Object.class)
                .setParameter("account", account.id()).getResultList().stream().map(Object::toString).toList();
        if (!staffKinds.isEmpty()) {
            roles.add(Roles.STAFF);
        }
        if (staffKinds.stream().anyMatch(kind -> kind.equalsIgnoreCase("school_admin"))) {
            roles.add(Roles.SCHOOL_ADMIN);
        }
        Long guardians = em.createQuery(
                        "SELECT count(g) FROM Guardian g WHERE g.accountId = :account AND g.active = true", Long.class)
                .setParameter("account", account.id()).getSingleResult();
        if (guardians > 0) {
            roles.add(Roles.GUARDIAN);
        }
        return roles;
    }

    public Set<String> rolesOf(UUID accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null || !account.active() ? Set.of() : rolesOf(account);
    }
}
