package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.function.Function;
import org.tandem.access.AccessPolicy;
import org.tandem.platform.problem.ApiException;

/**
 * Directory records by id, as the caller administers them: a record that does not exist and one
 * of a school the caller does not administer are the same 404 (the decision is the access policy's).
 */
@ApplicationScoped
class AdministeredRecords {

    private final EntityManager em;
    private final AccessPolicy access;
    private final boolean reading;

    @jakarta.inject.Inject
    AdministeredRecords(EntityManager em, AccessPolicy access) {
        this(em, access, false);
    }

    private AdministeredRecords(EntityManager em, AccessPolicy access, boolean reading) {
        this.em = em;
        this.access = access;
        this.reading = reading;
    }

    /** The same records for reading only: integrators granted directory.read see every school's. */
    AdministeredRecords reading() {
        return new AdministeredRecords(em, access, true);
    }

    School school(UUID id) {
        return find(School.class, id, "School", School::id);
    }

    AcademicTerm term(UUID id) {
        return find(AcademicTerm.class, id, "Academic term", AcademicTerm::schoolId);
    }

    SchoolClass schoolClass(UUID id) {
        return find(SchoolClass.class, id, "Class", SchoolClass::schoolId);
    }

    Staff staff(UUID id) {
        return find(Staff.class, id, "Staff member", Staff::schoolId);
    }

    Student student(UUID id) {
        return find(Student.class, id, "Student", Student::schoolId);
    }

    Guardian guardian(UUID id) {
        Guardian guardian = existing(Guardian.class, id, "Guardian");
        if (reading) {
            access.requireGuardianReadable(id);
        } else {
            access.requireGuardianAdministration(id);
        }
        return guardian;
    }

    Guardianship guardianship(UUID id) {
        return find(Guardianship.class, id, "Guardianship", g -> em.find(Student.class, g.studentId()).schoolId());
    }

    Enrollment enrollment(UUID id) {
        return find(Enrollment.class, id, "Enrollment", e -> em.find(SchoolClass.class, e.classId()).schoolId());
    }

    TeachingAssignment teachingAssignment(UUID id) {
        return find(TeachingAssignment.class, id, "Teaching assignment",
                t -> em.find(SchoolClass.class, t.classId()).schoolId());
    }

    private <E> E find(Class<E> type, UUID id, String label, Function<E, UUID> schoolOf) {
        E record = existing(type, id, label);
        if (reading) {
            access.requireReadable(schoolOf.apply(record), label + " " + id);
        } else {
            access.requireAdministration(schoolOf.apply(record), label + " " + id);
        }
        return record;
    }

    private <E> E existing(Class<E> type, UUID id, String label) {
        E record = id == null ? null : em.find(type, id);
        if (record == null) {
            throw ApiException.notFound(label + " " + id);
        }
        return record;
    }
}
