package org.tandem.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.tandem.access.Roles;
import org.tandem.directory.Staff;

/**
 * The roles an account holds, derived from the directory rather than stored, so that a token
 * always reflects today's records: the district-admin flag gives {@code district_admin}; each
 * active staff record gives {@code staff}, and {@code school_admin} when its kind is school admin;
 * an active guardian record gives {@code guardian}. An inactive or unknown account holds none.
 */
@ApplicationScoped
public class AccountRoles {

    private final EntityManager em;

    AccountRoles(EntityManager em) {
        this.em = em;
    }

    /** The roles of an account of the current tenant. */
    public Set<String> rolesOf(UUID accountId) {
        return rolesOf(em, accountId);
    }

    /**
     * The roles of an account, read through a persistence context the caller chose (one opened for
     * a named tenant, for example, where no request has chosen one yet).
     */
    public Set<String> rolesOf(EntityManager em, UUID accountId) {
        Set<String> roles = new TreeSet<>();
        Boolean districtAdmin = em.createQuery(
                        "SELECT a.districtAdmin FROM Account a WHERE a.id = :account AND a.active = true", Boolean.class)
                .setParameter("account", accountId).getResultStream().findFirst().orElse(null);
        if (districtAdmin == null) {
            return Set.of();
        }
        if (districtAdmin) {
            roles.add(Roles.DISTRICT_ADMIN);
        }
        for (Staff.Kind kind : em.createQuery(
                        "SELECT s.kind FROM Staff s WHERE s.accountId = :account AND s.active = true", Staff.Kind.class)
                .setParameter("account", accountId).getResultList()) {
            roles.add(Roles.STAFF);
            if (kind == Staff.Kind.SCHOOL_ADMIN) {
                roles.add(Roles.SCHOOL_ADMIN);
            }
        }
        Long guardians = em.createQuery(
                        "SELECT count(g) FROM Guardian g WHERE g.accountId = :account AND g.active = true", Long.class)
                .setParameter("account", accountId).getSingleResult();
        if (guardians > 0) {
            roles.add(Roles.GUARDIAN);
        }
        return Collections.unmodifiableSet(roles);
    }
}
