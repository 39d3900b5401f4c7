package org.tandem.goals;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.AuditLog;
import org.tandem.access.Caller;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.access.Roles;
import org.tandem.access.StudentCapability;
import org.tandem.platform.problem.ApiException;

/**
 * Who may see and act on goals, built on {@code access/}: a student's goals are for the callers the
 * policy grants {@link StudentCapability#SEE_GOALS_AND_CELEBRATIONS} (the student's teachers this
 * term, administrators, guardians whose current link allows goals). A confidential goal is further
 * limited to administrators of the student's school, guardians whose link allows
 * {@link StudentCapability#SEE_CONFIDENTIAL} (educational rights) and the staff assigned to the goal;
 * to everyone else it does not exist (404, never listed nor counted).
 */
@RequestScoped
public class GoalAccess {

    /**
     * What the caller may see of some students' goals.
     *
     * @param students         students whose goals the caller may see
     * @param allConfidential  of those, students whose confidential goals the caller sees whatever the assignment
     * @param family           of those, students the caller acts for as family (a current link); otherwise as school
     * @param staffIds         the caller's staff records, for goals assigned to them
     */
    public record Reach(Set<UUID> students, Set<UUID> allConfidential, Set<UUID> family, Set<UUID> staffIds) {

        public boolean sees(UUID studentId, boolean confidential, Collection<UUID> assignedStaff) {
            return students.contains(studentId) && (!confidential || allConfidential.contains(studentId)
                    || assignedStaff.stream().anyMatch(staffIds::contains));
        }

        public Side sideFor(UUID studentId) {
            return family.contains(studentId) ? Side.FAMILY : Side.SCHOOL;
        }

        /**
         * The reach of a caller who is only a guardian over one student, from their current link
         * (null: none): the policy's verdict for such a caller is the link's ({@link GuardianLink#allows}).
         */
        public static Reach ofLink(UUID studentId, GuardianLink link) {
            if (link == null || !link.allows(StudentCapability.SEE_GOALS_AND_CELEBRATIONS)) {
                return new Reach(Set.of(), Set.of(), Set.of(), Set.of());
            }
            return new Reach(Set.of(studentId),
                    link.allows(StudentCapability.SEE_CONFIDENTIAL) ? Set.of(studentId) : Set.of(),
                    Set.of(studentId), Set.of());
        }
    }

    private final AccessPolicy access;
    private final Connections connections;
    private final Caller caller;
    private final AuditLog audit;
    private final java.time.Clock clock;
    private final org.tandem.platform.tenancy.TenantContext tenants;

    GoalAccess(AccessPolicy access, Connections connections, Caller caller, AuditLog audit, java.time.Clock clock, org.tandem.platform.tenancy.TenantContext tenants) {
        this.clock = clock;
        this.tenants = tenants;
        this.access = access;
        this.connections = connections;
        this.caller = caller;
        this.audit = audit;
    }

    /**
     * The caller's reach in SQL ({@link GoalSight}): what the token says, and today (UTC, as
     * {@link Connections} decides "teaches now") and now for the audit events a read writes.
     */
    public GoalSight sight() {
        return new GoalSight(tenants.current().map(UUID::toString)
                .orElseThrow(() -> new IllegalStateException("No tenant for this unit of work")),
                caller.accountId(), caller.has(Roles.GUARDIAN), caller.has(Roles.STAFF) || caller.has(Roles.SCHOOL_ADMIN),
                isAdministrator(), caller.isDistrictAdmin(), java.time.LocalDate.now(clock), clock.instant(),
                audit.actorRole(), audit.requestId());
    }

    /** Whether the caller administers the student's school (district admin, or school admin there). */
    public boolean administers(UUID studentId) {
        return isAdministrator() && access.may(studentId, StudentCapability.ADMINISTER);
    }

    /** The caller's reach over these students. */
    public Reach over(Collection<UUID> studentIds) {
        Set<UUID> students = access.permitted(studentIds, StudentCapability.SEE_GOALS_AND_CELEBRATIONS);
        if (students.isEmpty()) {
            return new Reach(Set.of(), Set.of(), Set.of(), Set.of());
        }
        Set<UUID> confidential = new HashSet<>();
        if (caller.isDistrictAdmin() || caller.has(Roles.SCHOOL_ADMIN)) {
            confidential.addAll(access.permitted(students, StudentCapability.ADMINISTER));
        }
        Set<UUID> family = new HashSet<>();
        caller.guardianId().ifPresent(guardian ->
                addLinks(connections.linksBetween(guardian, students), family, confidential));
        return new Reach(students, confidential, family, caller.staffIds());
    }

    /** The caller's reach over one student; a 404 when they may not see the student's goals. */
    public Reach requireStudent(UUID studentId) {
        Reach reach = over(studentId == null ? List.of() : List.of(studentId));
        if (!reach.students().contains(studentId)) {
            throw ApiException.notFound("Student " + studentId);
        }
        return reach;
    }

    /**
     * Writes the read of a student's goals (or celebrations) to the audit log, as reads of student
     * records are. Goals' own reads write theirs inside their one statement ({@link GoalSight}).
     */
    public void recordRead(UUID studentId, Reach reach, String action) {
        String purpose = reach.family().contains(studentId) ? "family"
                : caller.isDistrictAdmin() || caller.has(Roles.SCHOOL_ADMIN) ? "administration" : "instruction";
        audit.recordRead(studentId, action, purpose);
    }

    /**
     * Whether the caller holds the guardian role and no other: {@link AccessPolicy} then decides on a
     * student by the caller's current link alone, so a plain-SQL read path may fetch that link with
     * the record it reads and decide with {@link Reach#ofLink}.
     */
    public boolean guardianOnly() {
        return caller.has(Roles.GUARDIAN) && !caller.has(Roles.STAFF) && !isAdministrator();
    }

    /** The caller's staff record at the student's school, if they work there (not as a district admin). */
    public java.util.Optional<UUID> staffRecordAt(UUID studentId) {
        UUID school = connections.placesOf(List.of(studentId)).stream().findFirst()
                .map(org.tandem.access.StudentPlace::schoolId).orElse(null);
        return caller.staffRecords().stream().filter(s -> s.schoolId().equals(school))
                .map(org.tandem.access.StaffMember::staffId).findFirst();
    }

    /** Of these staff records, those that are not active staff of the student's school. */
    public List<UUID> notStaffOfStudentsSchool(UUID studentId, Collection<UUID> staffIds) {
        UUID school = connections.placesOf(List.of(studentId)).stream().findFirst()
                .map(org.tandem.access.StudentPlace::schoolId).orElse(null);
        Set<UUID> fine = new HashSet<>();
        connections.staffMembers(staffIds).stream().filter(s -> s.active() && s.schoolId().equals(school))
                .forEach(s -> fine.add(s.staffId()));
        return staffIds.stream().filter(id -> !fine.contains(id)).toList();
    }

    public boolean isAdministrator() {
        return caller.isDistrictAdmin() || caller.has(Roles.SCHOOL_ADMIN);
    }

    public UUID me() {
        return caller.accountId();
    }

    private static void addLinks(List<GuardianLink> links, Set<UUID> family, Set<UUID> confidential) {
        for (GuardianLink link : links) {
            if (link.allows(StudentCapability.SEE_GOALS_AND_CELEBRATIONS)) {
                family.add(link.studentId());
                if (link.allows(StudentCapability.SEE_CONFIDENTIAL)) {
                    confidential.add(link.studentId());
                }
            }
        }
    }
}
