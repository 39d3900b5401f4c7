package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tandem.directory.Guardianship;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Student;
import org.tandem.platform.problem.ApiException;

/**
 * The one place that decides whether the caller may act on a student, a class or a school
 * (legitimate educational interest). Outside the caller's scope is a 404, indistinguishable from
 * a record that does not exist; a role without the function is a 403. Tenant isolation is already
 * applied underneath by Hibernate, so nothing here can reach another district's records.
 */
@ApplicationScoped
public class AccessPolicy {

    private final Caller caller;
    private final EntityManager em;
    private final AuditLog audit;
    private final Clock clock;

    AccessPolicy(Caller caller, EntityManager em, AuditLog audit) {
        this.caller = caller;
        this.em = em;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** Checks a capability on a student and returns the student; a 404 when out of scope. */
    public Student requireStudent(UUID studentId, StudentCapability capability) {
        Student student = studentId == null ? null : em.find(Student.class, studentId);
        if (student == null) {
            throw ApiException.notFound("Student " + studentId);
        }
        if (caller.isDistrictAdmin() || caller.adminSchoolIds().contains(student.schoolId())) {
            return student;
        }
        if (capability == StudentCapability.ADMINISTER) {
            throw denied(caller.has(Roles.SCHOOL_ADMIN) ? null : "Only administrators change directory records",
                    "Student " + studentId);
        }
        if (!caller.staffIds().isEmpty() && teachesNow(caller.staffIds(), studentId)) {
            return student;
        }
        Optional<Guardianship> link = guardianship(studentId);
        if (link.isPresent()) {
            if (allows(link.get(), capability)) {
                return student;
            }
            throw ApiException.forbidden("Your link to this student does not include this permission");
        }
        throw ApiException.notFound("Student " + studentId);
    }

    /** {@link #requireStudent} for reading the student's records, written to the audit log. */
    public Student readStudent(UUID studentId, StudentCapability capability, String action) {
        Student student = requireStudent(studentId, capability);
        audit.recordRead(student.id(), action, purposeOfCaller(student));
        return student;
    }

    /** Whether the caller may act on the student, without throwing. */
    public boolean may(UUID studentId, StudentCapability capability) {
        try {
            requireStudent(studentId, capability);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    /** The class, if the caller teaches it, administers its school, or is a family of a student in it. */
    public SchoolClass requireClass(UUID classId, boolean toManage) {
        SchoolClass schoolClass = classId == null ? null : em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw ApiException.notFound("Class " + classId);
        }
        if (caller.isDistrictAdmin() || caller.adminSchoolIds().contains(schoolClass.schoolId())) {
            return schoolClass;
        }
        if (!caller.staffIds().isEmpty() && teachesClass(caller.staffIds(), classId)) {
            return schoolClass;
        }
        if (caller.guardianId().isPresent() && familyOfClass(caller.guardianId().get(), classId)) {
            if (toManage) {
                throw ApiException.forbidden("Families cannot manage a class");
            }
            return schoolClass;
        }
        throw ApiException.notFound("Class " + classId);
    }

    /** Administrators of the school (or the district) may change its directory; others get 403 or 404. */
    public void requireSchoolAdministration(UUID schoolId) {
        if (caller.isDistrictAdmin() || caller.adminSchoolIds().contains(schoolId)) {
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

    /**
     * Which guardians (JPQL alias {@code e}) the admins of {@code :schools} manage: those with a child
     * (linked in any state) at one of the schools, and those linked to no student at all yet, who
     * belong to no school and must be reachable to be linked. Used for lists and single records alike.
     */
    public static final String GUARDIAN_OF_SCHOOLS = """
            (EXISTS (SELECT 1 FROM Guardianship gs, Student gst WHERE gs.guardianId = e.id
                       AND gst.id = gs.studentId AND gst.schoolId IN :schools)
             OR NOT EXISTS (SELECT 1 FROM Guardianship gl WHERE gl.guardianId = e.id))""";

    /** A guardian's directory record, under the rule of {@link #GUARDIAN_OF_SCHOOLS}; 404 out of scope. */
    public void requireGuardianAdministration(UUID guardianId) {
        Optional<Set<UUID>> schools = administeredSchools();
        if (schools.isEmpty()) {
            return;
        }
        boolean managed = !schools.get().isEmpty() && em.createQuery(
                        "SELECT count(e) FROM Guardian e WHERE e.id = :guardian AND " + GUARDIAN_OF_SCHOOLS, Long.class)
                .setParameter("guardian", guardianId).setParameter("schools", schools.get())
                .getSingleResult() > 0;
        if (!managed) {
            throw ApiException.notFound("Guardian " + guardianId);
        }
    }

    /** Students the caller may see: their children (guardians) and students of their current classes (staff). */
    public List<UUID> visibleStudentIds() {
        List<UUID> ids = new java.util.ArrayList<>();
        caller.guardianId().ifPresent(guardian -> ids.addAll(em.createQuery("""
                SELECT g.studentId FROM Guardianship g, Student s
                WHERE g.guardianId = :guardian AND g.active = true AND g.noContact = false
                  AND s.id = g.studentId AND s.active = true""", UUID.class)
                .setParameter("guardian", guardian).getResultList()));
        if (!caller.staffIds().isEmpty()) {
            ids.addAll(em.createQuery("""
                    SELECT DISTINCT e.studentId FROM Enrollment e, TeachingAssignment t, SchoolClass c, AcademicTerm term
                    WHERE t.staffId IN :staff AND t.active = true AND e.classId = t.classId AND e.active = true
                      AND c.id = t.classId AND c.active = true AND term.id = c.termId
                      AND :today BETWEEN term.startsOn AND term.endsOn""", UUID.class)
                    .setParameter("staff", caller.staffIds()).setParameter("today", today()).getResultList());
        }
        return ids.stream().distinct().toList();
    }

    /** Classes the caller teaches now. */
    public List<UUID> taughtClassIds() {
        if (caller.staffIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                SELECT DISTINCT c.id FROM TeachingAssignment t, SchoolClass c, AcademicTerm term
                WHERE t.staffId IN :staff AND t.active = true AND c.id = t.classId AND c.active = true
                  AND term.id = c.termId AND :today BETWEEN term.startsOn AND term.endsOn""", UUID.class)
                .setParameter("staff", caller.staffIds()).setParameter("today", today()).getResultList();
    }

    static boolean allows(Guardianship link, StudentCapability capability) {
        if (link.noContact()) {
            return false;
        }
        Guardianship.Permissions p = link.permissions();
        return switch (capability) {
            case VIEW -> true;
            case RECEIVE_COMMUNICATIONS -> p.receivesCommunications();
            case MESSAGE_STAFF -> p.mayMessageStaff();
            case BOOK_AND_RSVP -> p.mayBookAndRsvp();
            case SEE_GOALS_AND_CELEBRATIONS -> p.maySeeGoalsAndCelebrations();
            case SEE_CONFIDENTIAL -> p.maySeeGoalsAndCelebrations() && link.educationalRights();
            case INVITE_FAMILIES, ADMINISTER -> false;
        };
    }

    /** The caller's active link to the student; a no-contact link counts as none at all. */
    private Optional<Guardianship> guardianship(UUID studentId) {
        if (caller.guardianId().isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("""
                        FROM Guardianship g WHERE g.studentId = :student AND g.guardianId = :guardian
                          AND g.active = true AND g.noContact = false""", Guardianship.class)
                .setParameter("student", studentId)
                .setParameter("guardian", caller.guardianId().get())
                .getResultStream().findFirst();
    }

    private boolean teachesNow(Set<UUID> staffIds, UUID studentId) {
        return em.createQuery("""
                        SELECT count(e) FROM Enrollment e, TeachingAssignment t, SchoolClass c, AcademicTerm term
                        WHERE e.studentId = :student AND e.active = true
                          AND t.classId = e.classId AND t.active = true AND t.staffId IN :staff
                          AND c.id = e.classId AND c.active = true AND term.id = c.termId
                          AND :today BETWEEN term.startsOn AND term.endsOn""", Long.class)
                .setParameter("student", studentId).setParameter("staff", staffIds).setParameter("today", today())
                .getSingleResult() > 0;
    }

    private boolean teachesClass(Set<UUID> staffIds, UUID classId) {
        return em.createQuery("""
                        SELECT count(t) FROM TeachingAssignment t
                        WHERE t.classId = :class AND t.active = true AND t.staffId IN :staff""", Long.class)
                .setParameter("class", classId).setParameter("staff", staffIds).getSingleResult() > 0;
    }

    private boolean familyOfClass(UUID guardianId, UUID classId) {
        return em.createQuery("""
                        SELECT count(e) FROM Enrollment e, Guardianship g
                        WHERE e.classId = :class AND e.active = true AND g.studentId = e.studentId
                          AND g.guardianId = :guardian AND g.active = true AND g.noContact = false""", Long.class)
                .setParameter("class", classId).setParameter("guardian", guardianId).getSingleResult() > 0;
    }

    private String purposeOfCaller(Student student) {
        if (caller.isDistrictAdmin() || caller.adminSchoolIds().contains(student.schoolId())) {
            return "administration";
        }
        return caller.staffIds().isEmpty() ? "family" : "instruction";
    }

    private static ApiException denied(String forbiddenReason, String what) {
        return forbiddenReason != null ? ApiException.forbidden(forbiddenReason) : ApiException.notFound(what);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
