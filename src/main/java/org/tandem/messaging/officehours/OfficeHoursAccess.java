package org.tandem.messaging.officehours;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.Connections;
import org.tandem.access.StaffMember;
import org.tandem.platform.problem.ApiException;

/**
 * Who may keep and read office hours. Office hours belong to people who work at a school (a staff
 * record), not to a role: a district administrator without a staff record has none. A staff
 * member's hours are read by colleagues at their school, district administrators, and the families
 * of the students they teach now.
 */
@ApplicationScoped
class OfficeHoursAccess {

    private final Caller caller;
    private final AccessPolicy access;
    private final Connections connections;

    OfficeHoursAccess(Caller caller, AccessPolicy access, Connections connections) {
        this.caller = caller;
        this.access = access;
        this.connections = connections;
    }

    /** The caller keeps their own office hours only if they work at a school. */
    void requireStaffRecord() {
        if (caller.staffRecords().isEmpty()) {
            throw ApiException.forbidden("Office hours are for staff who work at a school");
        }
    }

    /** The staff member's account, if the caller may read their hours; a 404 otherwise. */
    UUID requireReadable(UUID staffId) {
        StaffMember staff = staffId == null ? null
                : connections.staffMembers(List.of(staffId)).stream().findFirst().orElse(null);
        if (staff == null || !staff.active() || staff.accountId() == null || !mayRead(staff)) {
            throw ApiException.notFound("Staff " + staffId);
        }
        return staff.accountId();
    }

    private boolean mayRead(StaffMember staff) {
        if (caller.isDistrictAdmin() || caller.staffSchoolIds().contains(staff.schoolId())) {
            return true;
        }
        return caller.guardianId().isPresent() && connections.teachersOf(access.visibleStudents()).stream()
                .anyMatch(teaching -> teaching.staffId().equals(staff.staffId()));
    }
}
