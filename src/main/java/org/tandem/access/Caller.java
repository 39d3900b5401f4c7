package org.tandem.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tandem.directory.Staff;
import org.tandem.platform.problem.ApiException;

/**
 * Who is calling: the account and tenant from the verified token, and (loaded once per request)
 * the staff and guardian records of that account.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;
    private final EntityManager em;
    private List<Staff> staff;
    private Optional<UUID> guardianId;

    Caller(JsonWebToken token, EntityManager em) {
        this.token = token;
        this.em = em;
    }

    public boolean isAuthenticated() {
        return token != null && token.getSubject() != null;
    }

    /** The account id (the token's subject). */
    public UUID accountId() {
        try {
            return UUID.fromString(token.getSubject());
        } catch (RuntimeException e) {
            throw ApiException.forbidden("This token does not identify an account");
        }
    }

    public Set<String> roles() {
        return token.getGroups() == null ? Set.of() : token.getGroups();
    }

    public boolean has(String role) {
        return roles().contains(role);
    }

    public boolean isDistrictAdmin() {
        return has(Roles.DISTRICT_ADMIN);
    }

    /** Active staff records of this account (one per school where they work). */
    public List<Staff> staffRecords() {
        if (staff == null) {
            staff = has(Roles.STAFF) || has(Roles.SCHOOL_ADMIN)
                    ? em.createQuery("FROM Staff s WHERE s.accountId = :account AND s.active = true", Staff.class)
                        .setParameter("account", accountId()).getResultList()
                    : List.of();
        }
        return staff;
    }

    public Set<UUID> staffIds() {
        return staffRecords().stream().map(Staff::id).collect(Collectors.toSet());
    }

    /** Schools this caller administers as a school admin (district admins administer all). */
    public Set<UUID> adminSchoolIds() {
        return staffRecords().stream().filter(s -> s.kind() == Staff.Kind.SCHOOL_ADMIN)
                .map(Staff::schoolId).collect(Collectors.toSet());
    }

    /** This account's guardian record, if it has one. */
    public Optional<UUID> guardianId() {
        if (guardianId == null) {
            guardianId = has(Roles.GUARDIAN)
                    ? em.createQuery("SELECT g.id FROM Guardian g WHERE g.accountId = :account AND g.active = true", UUID.class)
                        .setParameter("account", accountId()).getResultStream().findFirst()
                    : Optional.empty();
        }
        return guardianId;
    }
}
