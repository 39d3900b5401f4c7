package org.tandem.celebrations.appreciation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.access.StaffMember;
import org.tandem.access.StudentCapability;
import org.tandem.access.StudentPlace;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/**
 * Who may thank whom: a family thanks staff of a school where they have a child (a current link), a
 * colleague thanks staff of a school where they work; about a student only one they may see, at the
 * staff member's school. Nobody thanks themselves. A teacher reads their own appreciations; an
 * administrator reads only counts per member of staff of the schools they administer.
 */
@ApplicationScoped
class AppreciationPolicy {

    private final AccessPolicy access;
    private final Connections connections;
    private final Caller caller;

    AppreciationPolicy(AccessPolicy access, Connections connections, Caller caller) {
        this.access = access;
        this.connections = connections;
        this.caller = caller;
    }

    /** Checks that the caller may thank the member of staff (about the student, if given). */
    void requireMayThank(UUID staffId, UUID studentId) {
        StaffMember staff = connections.staffMembers(List.of(staffId)).stream().filter(StaffMember::active).findFirst()
                .orElseThrow(() -> ApiException.notFound("Staff " + staffId));
        if (studentId != null) {
            if (!access.may(studentId, StudentCapability.VIEW)) {
                throw ApiException.notFound("Student " + studentId);
            }
            UUID school = connections.placesOf(List.of(studentId)).stream().findFirst().map(StudentPlace::schoolId)
                    .orElse(null);
            if (!staff.schoolId().equals(school)) {
                throw ApiException.validation(List.of(new Problem.FieldError("studentId",
                        "is not a student of this staff member's school")));
            }
        } else if (!schoolsOfCaller().contains(staff.schoolId())) {
            throw ApiException.notFound("Staff " + staffId);
        }
        if (caller.accountId().equals(staff.accountId())) {
            throw ApiException.unprocessable("own_appreciation", "You cannot appreciate yourself");
        }
    }

    /** Schools where the caller works or has a child. */
    private Set<UUID> schoolsOfCaller() {
        Set<UUID> schools = new java.util.HashSet<>(caller.staffSchoolIds());
        caller.guardianId().ifPresent(guardian -> {
            Set<UUID> children = connections.linksOfGuardian(guardian).stream().map(GuardianLink::studentId)
                    .collect(Collectors.toSet());
            connections.placesOf(children).forEach(p -> schools.add(p.schoolId()));
        });
        return schools;
    }

    /** The caller's staff records: whose appreciations they read. */
    Set<UUID> myStaffRecords() {
        return caller.staffIds();
    }

    /** Counts of a school are for its administrators (404 for another school's, 403 for others). */
    void requireCountsOf(UUID schoolId) {
        access.requireSchoolAdministration(schoolId);
    }

    UUID me() {
        return caller.accountId();
    }
}
