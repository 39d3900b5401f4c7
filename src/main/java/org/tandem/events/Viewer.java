package org.tandem.events;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.access.StaffMember;

/**
 * Whoever reads events and conferences: a signed-in caller, or the owner of a calendar feed (who
 * sends no token). Built from the same directory records either way, so both see the same things.
 */
public record Viewer(UUID accountId, Optional<UUID> guardianId, Set<UUID> staffIds, Set<UUID> staffSchools,
                     Set<UUID> adminSchools, boolean districtAdmin) {

    /** The signed-in caller. */
    public static Viewer of(Caller caller) {
        return new Viewer(caller.accountId(), caller.guardianId(), caller.staffIds(), caller.staffSchoolIds(),
                caller.adminSchoolIds(), caller.has(Roles.DISTRICT_ADMIN));
    }

    /** An account's records, for its calendar feed. */
    public static Viewer of(UUID accountId, Optional<UUID> guardianId, java.util.List<StaffMember> staff,
                            boolean districtAdmin) {
        return new Viewer(accountId, guardianId,
                staff.stream().map(StaffMember::staffId).collect(Collectors.toSet()),
                staff.stream().map(StaffMember::schoolId).collect(Collectors.toSet()),
                staff.stream().filter(StaffMember::schoolAdmin).map(StaffMember::schoolId).collect(Collectors.toSet()),
                districtAdmin);
    }

    public boolean administers(UUID schoolId) {
        return districtAdmin || adminSchools.contains(schoolId);
    }

    /** Works at the school (any staff record there) or administers it. */
    public boolean worksAt(UUID schoolId) {
        return districtAdmin || staffSchools.contains(schoolId);
    }

    public boolean staffSide() {
        return districtAdmin || !staffIds.isEmpty();
    }
}
