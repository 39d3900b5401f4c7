package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.problem.ApiException;

/**
 * The one place that decides whether the caller may act on a student, a class or a school
 * (legitimate educational interest), on top of {@link Connections}. Outside the caller's scope is a
 * 404, indistinguishable from a record that does not exist; a role or link without the function is
 * a 403. Decisions are made in batch ({@link #permitted}); the {@code require…} methods throw the
 * answer for one record. Tenant isolation is applied underneath by Hibernate.
 */
@ApplicationScoped
public class AccessPolicy {

    /** Why a decision about one student came out as it did. */
    private enum Verdict { ALLOWED, NOT_ADMINISTRATOR, LINK_WITHOUT_PERMISSION, OUT_OF_SCOPE }

    private final Caller caller;
    private final Connections connections;
    private final AuditLog audit;
    private final jakarta.enterprise.event.Event<StudentRecordsDisclosed> disclosures;
    private final jakarta.enterprise.event.Event<StudentListDisclosed> listDisclosures;

    AccessPolicy(Caller caller, Connections connections, AuditLog audit,
                 jakarta.enterprise.event.Event<StudentRecordsDisclosed> disclosures,
                 jakarta.enterprise.event.Event<StudentListDisclosed> listDisclosures) {
        this.caller = caller;
        this.connections = connections;
        this.audit = audit;
        this.disclosures = disclosures;
        this.listDisclosures = listDisclosures;
    }

    /** Checks a capability on a student and returns where the student belongs; a 404 when out of scope. */
    public StudentPlace requireStudent(UUID studentId, StudentCapability capability) {
        if (studentId == null) {
            throw ApiException.notFound("Student " + studentId);
        }
        Decisions decisions = decide(List.of(studentId), capability);
        return switch (decisions.verdicts().get(studentId)) {
            case ALLOWED -> decisions.places().get(studentId);
            case NOT_ADMINISTRATOR -> throw ApiException.forbidden("Only administrators change directory records");
            case LINK_WITHOUT_PERMISSION ->
                    throw ApiException.forbidden("Your link to this student does not include this permission");
            case OUT_OF_SCOPE -> throw ApiException.notFound("Student " + studentId);
        };
    }

    /** {@link #requireStudent} for reading the student's records, written to the audit log. */
    public StudentPlace readStudent(UUID studentId, StudentCapability capability, String action) {
        StudentPlace student = requireStudent(studentId, capability);
        audit.recordRead(student.studentId(), action, purposeOfCaller(student.schoolId()));
        return student;
    }

    /** Of these students, those the caller may act on with the capability (a fixed number of statements). */
    public Set<UUID> permitted(Collection<UUID> studentIds, StudentCapability capability) {
        Set<UUID> allowed = new LinkedHashSet<>();
        decide(studentIds, capability).verdicts().forEach((id, verdict) -> {
            if (verdict == Verdict.ALLOWED) {
                allowed.add(id);
            }
        });
        return allowed;
    }

    /** Whether the caller may act on the student with the capability. */
    public boolean may(UUID studentId, StudentCapability capability) {
        return studentId != null && permitted(List.of(studentId), capability).contains(studentId);
    }

    /** Students the caller may see: their children (guardians) and students of their current classes (staff). */
    public Set<UUID> visibleStudents() {
        Set<UUID> ids = new LinkedHashSet<>();
        caller.guardianId().ifPresent(guardian ->
                connections.linksOfGuardian(guardian).forEach(link -> ids.add(link.studentId())));
        ids.addAll(connections.studentsTaughtBy(caller.staffIds()));
        return ids;
    }

    /** The caller's own current links to their children (empty for a caller who is no guardian). */
    public List<GuardianLink> ownLinks() {
        return caller.guardianId().map(connections::linksOfGuardian).orElse(List.of());
    }

    /** The students the caller teaches now (through any of their staff records). */
    public Set<UUID> taughtStudents() {
        return connections.studentsTaughtBy(caller.staffIds());
    }

    /** Classes the caller teaches now. */
    public List<UUID> taughtClasses() {
        return connections.classesTaughtBy(caller.staffIds());
    }

    /**
     * The class's school, if the caller is on the class's staff, administers its school, or is a family
     * of a student in it; families may not manage it ({@code toManage}: a 403).
     */
    public ClassPlace requireClass(UUID classId, boolean toManage) {
        UUID schoolId = classId == null ? null : connections.schoolOfClass(classId).orElse(null);
        if (schoolId == null) {
            throw ApiException.notFound("Class " + classId);
        }
        ClassPlace place = new ClassPlace(classId, schoolId);
        if (administers(schoolId) || connections.onStaffOfClass(caller.staffIds(), classId)) {
            return place;
        }
        if (caller.guardianId().isPresent() && connections.familyOfClass(caller.guardianId().get(), classId)) {
            if (toManage) {
                throw ApiException.forbidden("Families cannot manage a class");
            }
            return place;
        }
        throw ApiException.notFound("Class " + classId);
    }

    /** Administrators of the school (or the district) may change its directory; others get 403 or 404. */
    public void requireSchoolAdministration(UUID schoolId) {
        if (administers(schoolId)) {
            return;
        }
        if (caller.has(Roles.SCHOOL_ADMIN)) {
            throw ApiException.notFound("School " + schoolId);
        }
        throw ApiException.forbidden("Only administrators manage the directory");
    }

    /** The schools whose directory the caller administers; empty for a district admin, meaning all. */
    public Optional<Set<UUID>> administeredSchools() {
        if (caller.isDistrictAdmin()) {
            return Optional.empty();
        }
        if (caller.has(Roles.SCHOOL_ADMIN)) {
            return Optional.of(caller.adminSchoolIds());
        }
        throw ApiException.forbidden("Only administrators manage the directory");
    }

    /**
     * The schools whose directory the caller may read: an administrator's, and every school for an
     * integrator granted {@link Scopes#DIRECTORY_READ} (the district's roster it syncs); empty means all.
     */
    public Optional<Set<UUID>> readableSchools() {
        if (readsDirectoryAsIntegrator()) {
            return Optional.empty();
        }
        return administeredSchools();
    }

    /** {@link #requireAdministration} for a read: integrators with directory.read read every school. */
    public void requireReadable(UUID schoolId, String what) {
        Optional<Set<UUID>> schools = readableSchools();
        if (schools.isPresent() && !schools.get().contains(schoolId)) {
            throw ApiException.notFound(what);
        }
    }

    /** {@link #requireGuardianAdministration} for a read. */
    public void requireGuardianReadable(UUID guardianId) {
        if (!readsDirectoryAsIntegrator()) {
            requireGuardianAdministration(guardianId);
        }
    }

    /** Reading a student's directory record (audited): administrators, and integrators with directory.read. */
    public StudentPlace readStudentRecord(UUID studentId, String action) {
        if (!readsDirectoryAsIntegrator()) {
            return readStudent(studentId, StudentCapability.ADMINISTER, action);
        }
        StudentPlace place = studentId == null ? null
                : connections.placesOf(List.of(studentId)).stream().findFirst().orElse(null);
        if (place == null) {
            throw ApiException.notFound("Student " + studentId);
        }
        audit.recordRead(studentId, action, "integration");
        // Records leaving the school: the disclosure log (FERPA §99.32) keeps who, what, when and why.
        disclosures.fire(new StudentRecordsDisclosed(studentId, caller.accountId(), "Directory record (" + action + ")",
                "Integration granted the directory.read scope by the district"));
        return place;
    }

    /**
     * Records that an integrator read these students' directory records in a list (a page of the
     * directory): each is a disclosure, as a single read is. Nothing for anyone else, nor for an empty page.
     */
    public void recordIntegratorListRead(java.util.Collection<UUID> studentIds, String action) {
        if (studentIds.isEmpty() || !readsDirectoryAsIntegrator()) {
            return;
        }
        listDisclosures.fire(new StudentListDisclosed(List.copyOf(studentIds), caller.accountId(),
                "Directory records (" + action + ")", "Integration granted the directory.read scope by the district"));
    }

    private boolean readsDirectoryAsIntegrator() {
        return caller.isIntegratorWith(Scopes.DIRECTORY_READ);
    }

    /**
     * A directory record of a school ({@code what}, for the message): administered by that school's
     * admins and the district's; another school's record does not exist for a school admin (404),
     * and a role without directory administration gets a 403.
     */
    public void requireAdministration(UUID schoolId, String what) {
        Optional<Set<UUID>> schools = administeredSchools();
        if (schools.isPresent() && !schools.get().contains(schoolId)) {
            throw ApiException.notFound(what);
        }
    }

    /** A guardian's directory record, under {@link Connections#GUARDIAN_OF_SCHOOLS}; 404 out of scope. */
    public void requireGuardianAdministration(UUID guardianId) {
        Optional<Set<UUID>> schools = administeredSchools();
        if (schools.isPresent() && !connections.guardianOfSchools(guardianId, schools.get())) {
            throw ApiException.notFound("Guardian " + guardianId);
        }
    }

    private record Decisions(Map<UUID, Verdict> verdicts, Map<UUID, StudentPlace> places) {
    }

    /**
     * Decides for every student at once: administrators by school, then staff by what they teach now,
     * then guardians by their current links and those links' permissions.
     */
    private Decisions decide(Collection<UUID> studentIds, StudentCapability capability) {
        Map<UUID, Verdict> verdicts = new HashMap<>();
        Map<UUID, StudentPlace> places = new HashMap<>();
        studentIds.forEach(id -> verdicts.put(id, Verdict.OUT_OF_SCOPE));
        Set<UUID> open = new HashSet<>();
        for (StudentPlace place : connections.placesOf(verdicts.keySet())) {
            places.put(place.studentId(), place);
            if (administers(place.schoolId())) {
                verdicts.put(place.studentId(), Verdict.ALLOWED);
            } else {
                open.add(place.studentId());
            }
        }
        if (open.isEmpty()) {
            return new Decisions(verdicts, places);
        }
        if (capability == StudentCapability.ADMINISTER) {
            // Another school's student does not exist for a school admin; anyone else lacks the function.
            Verdict refusal = caller.has(Roles.SCHOOL_ADMIN) ? Verdict.OUT_OF_SCOPE : Verdict.NOT_ADMINISTRATOR;
            open.forEach(id -> verdicts.put(id, refusal));
            return new Decisions(verdicts, places);
        }
        for (UUID taught : connections.taughtAmong(caller.staffIds(), open)) {
            verdicts.put(taught, Verdict.ALLOWED);
            open.remove(taught);
        }
        if (!open.isEmpty() && caller.guardianId().isPresent()) {
            for (GuardianLink link : connections.linksBetween(caller.guardianId().get(), open)) {
                verdicts.put(link.studentId(),
                        link.allows(capability) ? Verdict.ALLOWED : Verdict.LINK_WITHOUT_PERMISSION);
            }
        }
        return new Decisions(verdicts, places);
    }

    private boolean administers(UUID schoolId) {
        return caller.isDistrictAdmin() || caller.adminSchoolIds().contains(schoolId);
    }

    private String purposeOfCaller(UUID schoolId) {
        if (administers(schoolId)) {
            return "administration";
        }
        return caller.staffIds().isEmpty() ? "family" : "instruction";
    }
}
