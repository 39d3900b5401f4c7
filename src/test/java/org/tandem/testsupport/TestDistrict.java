package org.tandem.testsupport;

import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.tandem.access.Roles;
import org.tandem.directory.AcademicTerm;
import org.tandem.directory.District;
import org.tandem.directory.Enrollment;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.directory.School;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Staff;
import org.tandem.directory.Student;
import org.tandem.directory.TeachingAssignment;
import org.tandem.identity.Account;
import org.tandem.platform.tenancy.TenantScope;

/**
 * A fresh district for one test, written straight to PostgreSQL: one school with two classes in a
 * current term, each with its teacher and one student; a family for each student; a guardian under
 * no-contact for student A; a school admin and a district admin. Every person has an account and
 * a real signed token.
 *
 * <pre>
 *   classA: teacherA, studentA (guardianA, noContactGuardian)
 *   classB: teacherB, studentB (guardianB)
 * </pre>
 */
public final class TestDistrict {

    /** The district's and its school's time zone: "today" for goals, check-ins and celebrations is the school's day. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("America/Chicago");

    /** Today at the school, which is yesterday in UTC from midnight UTC until Chicago's midnight. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public final UUID tenantId;
    public UUID schoolId;
    public UUID termId;
    public UUID classA;
    public UUID classB;
    public UUID studentA;
    public UUID studentB;
    public UUID teacherAStaffId;
    public UUID teacherBStaffId;
    public UUID guardianAId;
    public UUID guardianBId;
    public UUID noContactGuardianId;
    public UUID guardianshipA;

    public UUID teacherAAccount;
    public UUID teacherBAccount;
    public UUID guardianAAccount;
    public UUID guardianBAccount;
    public UUID noContactAccount;
    public UUID schoolAdminAccount;
    public UUID districtAdminAccount;

    private TestDistrict(UUID tenantId) {
        this.tenantId = tenantId;
    }

    public static TestDistrict create() {
        return create(UUID.randomUUID());
    }

    /** A district with a given id, for configuration that names a tenant (an external identity provider's). */
    public static TestDistrict create(UUID tenantId) {
        TestDistrict d = new TestDistrict(tenantId);
        d.inTenant(em -> d.populate(em));
        return d;
    }

    private void populate(EntityManager em) {
        String suffix = tenantId.toString().substring(0, 8);
        em.persist(new District(tenantId, "District " + suffix, "district-" + suffix, ZONE.getId()));
        School school = persist(em, new School("Lincoln Elementary", ZONE.getId(), null));
        schoolId = school.id();
        AcademicTerm term = persist(em, new AcademicTerm(schoolId, "This year", LocalDate.now().minusMonths(2),
                LocalDate.now().plusMonths(6), null));
        termId = term.id();
        classA = persist(em, new SchoolClass(schoolId, termId, "Room A", "Reading", "3", null)).id();
        classB = persist(em, new SchoolClass(schoolId, termId, "Room B", "Math", "3", null)).id();

        teacherAAccount = account(em, "teacher.a@" + suffix + ".test", "Teacher A");
        teacherBAccount = account(em, "teacher.b@" + suffix + ".test", "Teacher B");
        schoolAdminAccount = account(em, "principal@" + suffix + ".test", "Principal");
        Account districtAdmin = new Account("superintendent@" + suffix + ".test", "Superintendent", null);
        districtAdmin.grantDistrictAdmin();
        em.persist(districtAdmin);
        districtAdminAccount = districtAdmin.id();

        teacherAStaffId = staff(em, teacherAAccount, "Ada", "Teacher", Staff.Kind.TEACHER, classA);
        teacherBStaffId = staff(em, teacherBAccount, "Bo", "Teacher", Staff.Kind.TEACHER, classB);
        staff(em, schoolAdminAccount, "Pat", "Principal", Staff.Kind.SCHOOL_ADMIN, null);

        studentA = student(em, "Sam", "Alpha", classA);
        studentB = student(em, "Sue", "Beta", classB);

        guardianAAccount = account(em, "parent.a@" + suffix + ".test", "Parent A");
        guardianBAccount = account(em, "parent.b@" + suffix + ".test", "Parent B");
        noContactAccount = account(em, "nocontact@" + suffix + ".test", "Restricted Parent");
        guardianAId = guardian(em, guardianAAccount, "Alex", "Alpha");
        guardianBId = guardian(em, guardianBAccount, "Blair", "Beta");
        noContactGuardianId = guardian(em, noContactAccount, "Nic", "Alpha");
        guardianshipA = persist(em, new Guardianship(studentA, guardianAId, Relationship.MOTHER, true,
                Guardianship.Permissions.ALL, false, null)).id();
        persist(em, new Guardianship(studentB, guardianBId, Relationship.FATHER, true,
                Guardianship.Permissions.ALL, false, null));
        persist(em, new Guardianship(studentA, noContactGuardianId, Relationship.FATHER, false,
                Guardianship.Permissions.ALL, true, null));
    }

    public String teacherA() { return TestTokens.forTenant(tenantId.toString(), teacherAAccount.toString(), Roles.STAFF); }
    public String teacherB() { return TestTokens.forTenant(tenantId.toString(), teacherBAccount.toString(), Roles.STAFF); }
    public String guardianA() { return TestTokens.forTenant(tenantId.toString(), guardianAAccount.toString(), Roles.GUARDIAN); }
    public String guardianB() { return TestTokens.forTenant(tenantId.toString(), guardianBAccount.toString(), Roles.GUARDIAN); }
    public String noContactGuardian() { return TestTokens.forTenant(tenantId.toString(), noContactAccount.toString(), Roles.GUARDIAN); }
    public String schoolAdmin() { return TestTokens.forTenant(tenantId.toString(), schoolAdminAccount.toString(), Roles.STAFF, Roles.SCHOOL_ADMIN); }
    public String districtAdmin() { return TestTokens.forTenant(tenantId.toString(), districtAdminAccount.toString(), Roles.DISTRICT_ADMIN); }

    /** Runs work against the database as this district, in its own transaction. */
    public void inTenant(Consumer<EntityManager> work) {
        Arc.container().instance(TenantScope.class).get().inNewTransaction(tenantId, () -> {
            work.accept(Arc.container().instance(EntityManager.class).get());
            return null;
        });
    }

    /** {@link #inTenant}, returning what the work returns. */
    public <T> T inTenantReturning(java.util.function.Function<EntityManager, T> work) {
        return Arc.container().instance(TenantScope.class).get().inNewTransaction(tenantId,
                () -> work.apply(Arc.container().instance(EntityManager.class).get()));
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }

    private static UUID account(EntityManager em, String email, String name) {
        return persist(em, new Account(email, name, null)).id();
    }

    private UUID staff(EntityManager em, UUID account, String given, String family, Staff.Kind kind, UUID classId) {
        Staff staff = new Staff(schoolId, given, family, given.toLowerCase() + "@staff.test", kind, null);
        staff.linkAccount(account);
        em.persist(staff);
        if (classId != null) {
            em.persist(new TeachingAssignment(staff.id(), classId, TeachingAssignment.Role.PRIMARY, null));
        }
        return staff.id();
    }

    private UUID student(EntityManager em, String given, String family, UUID classId) {
        Student student = persist(em, new Student(schoolId, given, family, "3", null));
        em.persist(new Enrollment(student.id(), classId, null));
        return student.id();
    }

    private static UUID guardian(EntityManager em, UUID account, String given, String family) {
        Guardian guardian = new Guardian(given, family, given.toLowerCase() + "@family.test", null, "en", null);
        guardian.linkAccount(account);
        em.persist(guardian);
        return guardian.id();
    }
}
