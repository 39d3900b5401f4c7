package org.tandem.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tandem.platform.problem.ApiException;

/**
 * Who is calling: the account and tenant from the verified token, and (loaded once per request)
 * the staff and guardian records of that account.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;
    private final Connections connections;
    private List<StaffMember> staff;
    private Optional<UUID> guardianId;
    private UUID accountId;

    Caller(JsonWebToken token, Connections connections) {
        this.token = token;
        this.connections = connections;
    }

    public boolean isAuthenticated() {
        return token != null && token.getSubject() != null;
    }

    /** The account id (the token's subject). */
    public UUID accountId() {
        UUID known = accountId;
        if (known != null) {
            return known;
        }
        try {
            known = UUID.fromString(token.getSubject());
            accountId = known; // a request's token does not change; asked for several times a request
            return known;
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

    /** Whether the token's {@code scope} claim (space-separated, RFC 8693 §4.2) holds this scope. */
    public boolean hasScope(String scope) {
        if (token == null) {
            return false;
        }
        Object claim = token.getClaim("scope");
        String granted = claim == null ? "" : claim.toString().replace("\"", "");
        return java.util.Arrays.asList(granted.trim().split("\\s+")).contains(scope);
    }

    /** An integrator's client that was granted this scope. */
    public boolean isIntegratorWith(String scope) {
        return has(Roles.INTEGRATOR) && hasScope(scope);
    }

    public boolean isDistrictAdmin() {
        return has(Roles.DISTRICT_ADMIN);
    }

    /** Active staff records of this account (one per school where they work). */
    public List<StaffMember> staffRecords() {
        if (staff == null) {
            staff = has(Roles.STAFF) || has(Roles.SCHOOL_ADMIN) ? connections.staffRecordsOf(accountId()) : List.of();
        }
        return staff;
    }

    public Set<UUID> staffIds() {
        return staffRecords().stream().map(StaffMember::staffId).collect(Collectors.toSet());
    }

    /** Schools where this caller works as staff (of any kind). */
    public Set<UUID> staffSchoolIds() {
        return staffRecords().stream().map(StaffMember::schoolId).collect(Collectors.toSet());
    }

    /** Whether the caller holds a staff or administrator role (messaging's "staff side"). */
    public boolean isStaffSide() {
        return has(Roles.STAFF) || has(Roles.SCHOOL_ADMIN) || has(Roles.DISTRICT_ADMIN);
    }

    /** Schools this caller administers as a school admin (district admins administer all). */
    public Set<UUID> adminSchoolIds() {
        return staffRecords().stream().filter(StaffMember::schoolAdmin)
                .map(StaffMember::schoolId).collect(Collectors.toSet());
    }

    /** This account's guardian record, if it has one. */
    public Optional<UUID> guardianId() {
        if (guardianId == null) {
            guardianId = has(Roles.GUARDIAN) ? connections.guardianOf(accountId()) : Optional.empty();
        }
        return guardianId;
    }
}
