package org.tandem.directory;

import java.time.LocalDate;
import java.util.UUID;
import org.tandem.access.Roles;
import org.tandem.identity.Account;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/**
 * A second school in a {@link TestDistrict}, with its own admin and one of each directory record,
 * so tests can check that a school admin sees only their own school.
 */
final class SecondSchool {

    final TestDistrict district;
    UUID schoolId;
    UUID termId;
    UUID classId;
    UUID teacherStaffId;
    UUID studentId;
    UUID guardianId;
    UUID guardianshipId;
    UUID enrollmentId;
    UUID teachingAssignmentId;
    UUID adminAccount;

    private SecondSchool(TestDistrict district) {
        this.district = district;
    }

    static SecondSchool in(TestDistrict district) {
        SecondSchool s = new SecondSchool(district);
        district.inTenant(em -> {
            School school = new School("Roosevelt Middle", "America/Chicago", null);
            em.persist(school);
            s.schoolId = school.id();
            AcademicTerm term = new AcademicTerm(s.schoolId, "Fall", LocalDate.now().minusMonths(1),
                    LocalDate.now().plusMonths(3), null);
            em.persist(term);
            s.termId = term.id();
            SchoolClass schoolClass = new SchoolClass(s.schoolId, s.termId, "Room 7", "Science", "7", null);
            em.persist(schoolClass);
            s.classId = schoolClass.id();
            Account admin = new Account("vice." + UUID.randomUUID() + "@roosevelt.test", "Vice Principal", null);
            em.persist(admin);
            s.adminAccount = admin.id();
            Staff adminStaff = new Staff(s.schoolId, "Val", "Vice", "val@roosevelt.test", Staff.Kind.SCHOOL_ADMIN, null);
            adminStaff.linkAccount(admin.id());
            em.persist(adminStaff);
            Staff teacher = new Staff(s.schoolId, "Tom", "Teach", "tom@roosevelt.test", Staff.Kind.TEACHER, null);
            em.persist(teacher);
            s.teacherStaffId = teacher.id();
            TeachingAssignment assignment = new TeachingAssignment(teacher.id(), s.classId, TeachingAssignment.Role.PRIMARY, null);
            em.persist(assignment);
            s.teachingAssignmentId = assignment.id();
            Student student = new Student(s.schoolId, "Rae", "Gamma", "7", null);
            em.persist(student);
            s.studentId = student.id();
            Enrollment enrollment = new Enrollment(student.id(), s.classId, null);
            em.persist(enrollment);
            s.enrollmentId = enrollment.id();
            Guardian guardian = new Guardian("Gus", "Gamma", "gus@family.test", null, "en", null);
            em.persist(guardian);
            s.guardianId = guardian.id();
            Guardianship link = new Guardianship(student.id(), guardian.id(), Relationship.GRANDPARENT, true,
                    Guardianship.Permissions.ALL, false, null);
            em.persist(link);
            s.guardianshipId = link.id();
        });
        return s;
    }

    /** A token of this school's admin (staff and school_admin roles). */
    String admin() {
        return TestTokens.forTenant(district.tenantId.toString(), adminAccount.toString(), Roles.STAFF, Roles.SCHOOL_ADMIN);
    }
}
