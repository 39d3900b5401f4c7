package org.tandem.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.directory.AcademicTerm;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.directory.School;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Staff;
import org.tandem.directory.TeachingAssignment;
import org.tandem.identity.Account;
import org.tandem.testsupport.TestDistrict;

/**
 * The shared rules of who is linked to or teaches whom, pinned once at the vocabulary that every
 * feature asks: no-contact, inactive links, switched-off permissions, past terms, co-teachers.
 */
@QuarkusTest
class ConnectionsTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void aNoContactLinkIsNoLinkAtAll() {
        List<GuardianLink> links = ask(c -> c.linksOfStudents(List.of(d.studentA)));
        assertEquals(Set.of(d.guardianAId), guardians(links), "only guardian A; the no-contact father is not linked");
        assertTrue(ask(c -> c.linksOfGuardian(d.noContactGuardianId)).isEmpty());
        assertEquals(Set.of(d.noContactAccount), ask(c -> c.barredAccounts(d.studentA)));
    }

    @Test
    void anInactiveLinkOrAnInactiveGuardianIsNoLink() {
        d.inTenant(em -> em.find(Guardianship.class, d.guardianshipA)
                .update(Relationship.MOTHER, true, Guardianship.Permissions.ALL, false, null, false));
        assertTrue(ask(c -> c.linksOfStudents(List.of(d.studentA))).isEmpty());
        assertTrue(ask(c -> c.linksOfGuardian(d.guardianAId)).isEmpty());
        assertFalse(whether(c -> c.familyOfClass(d.guardianAId, d.classA)));
    }

    @Test
    void aPermissionSwitchedOffLeavesTheLinkButNotTheCapability() {
        d.inTenant(em -> em.find(Guardianship.class, d.guardianshipA).update(Relationship.MOTHER, false,
                new Guardianship.Permissions(false, true, false, true), false, null, true));
        GuardianLink link = ask(c -> c.linksOfGuardian(d.guardianAId)).get(0);
        assertTrue(link.allows(StudentCapability.VIEW));
        assertTrue(link.allows(StudentCapability.MESSAGE_STAFF));
        assertFalse(link.allows(StudentCapability.RECEIVE_COMMUNICATIONS));
        assertFalse(link.allows(StudentCapability.BOOK_AND_RSVP));
        assertFalse(link.allows(StudentCapability.SEE_CONFIDENTIAL), "goals yes, but no educational rights");
        assertTrue(ask(c -> c.guardiansOf(List.of(d.studentA), StudentCapability.RECEIVE_COMMUNICATIONS)).isEmpty());
        assertEquals(1, ask(c -> c.guardiansOf(List.of(d.studentA), StudentCapability.MESSAGE_STAFF)).size());
    }

    @Test
    void aTeacherOfAPastTermNoLongerTeachesTheStudent() {
        UUID pastTeacher = pastTermClassWithStudentA();
        assertEquals(Set.of(d.teacherAStaffId), staff(ask(c -> c.teachersOf(List.of(d.studentA)))));
        assertTrue(ask(c -> c.studentsTaughtBy(List.of(pastTeacher))).isEmpty());
        assertTrue(ask(c -> c.taughtAmong(List.of(pastTeacher), List.of(d.studentA))).isEmpty());
        assertTrue(ask(c -> c.classesTaughtBy(List.of(pastTeacher))).isEmpty());
    }

    @Test
    void aCoTeacherTeachesTheClassesStudentsToo() {
        UUID coTeacher = d.inTenantReturning(em -> {
            Staff staff = new Staff(d.schoolId, "Cory", "Coteacher", "cory@staff.test", Staff.Kind.TEACHER, null);
            em.persist(staff);
            em.persist(new TeachingAssignment(staff.id(), d.classA, TeachingAssignment.Role.CO_TEACHER, null));
            return staff.id();
        });
        assertEquals(Set.of(d.teacherAStaffId, coTeacher), staff(ask(c -> c.teachersOf(List.of(d.studentA)))));
        assertEquals(Set.of(d.studentA), ask(c -> c.studentsTaughtBy(List.of(coTeacher))));
        assertTrue(whether(c -> c.onStaffOfClass(List.of(coTeacher), d.classA)));
        assertFalse(whether(c -> c.onStaffOfClass(List.of(coTeacher), d.classB)));
    }

    @Test
    void anAdministratorOfAnotherSchoolAdministersOnlyTheirOwn() {
        UUID otherAdminAccount = d.inTenantReturning(em -> {
            School other = new School("Other Elementary", "America/Chicago", null);
            em.persist(other);
            Account account = new Account("other.principal@" + d.tenantId + ".test", "Other Principal", null);
            em.persist(account);
            Staff staff = new Staff(other.id(), "Olive", "Other", "olive@staff.test", Staff.Kind.SCHOOL_ADMIN, null);
            staff.linkAccount(account.id());
            em.persist(staff);
            return account.id();
        });
        List<StaffMember> records = ask(c -> c.staffRecordsOf(otherAdminAccount));
        assertEquals(1, records.size());
        assertTrue(records.get(0).schoolAdmin());
        assertFalse(records.get(0).schoolId().equals(d.schoolId));
        assertEquals(List.of(new StudentPlace(d.studentA, d.schoolId)), ask(c -> c.placesOf(List.of(d.studentA))));
    }

    @Test
    void answersComeInBatchForManyStudentsAtOnce() {
        List<GuardianLink> links = ask(c -> c.linksOfStudents(List.of(d.studentA, d.studentB)));
        assertEquals(Set.of(d.guardianAId, d.guardianBId), guardians(links));
        assertEquals(Set.of(d.teacherAStaffId, d.teacherBStaffId),
                staff(ask(c -> c.teachersOf(List.of(d.studentA, d.studentB)))));
        assertTrue(ask(c -> c.linksOfStudents(List.of())).isEmpty());
    }

    /**
     * The SQL forms that plain-SQL read paths (goals) compose answer as their JPQL twins: teaching now
     * (not a past term's teacher, not another class's), a school admin's own school only, and an
     * account's active staff records.
     */
    @Test
    void theSqlFormsAnswerAsTheirJpqlTwins() {
        UUID pastTeacherAccount = d.inTenantReturning(em -> {
            Account account = new Account("past." + UUID.randomUUID() + "@staff.test", "Pat Past", null);
            em.persist(account);
            em.find(Staff.class, pastTermClassWithStudentA()).linkAccount(account.id());
            return account.id();
        });
        assertTrue(sql(Connections.teachesNowSql(":t", ":a", ":s", ":today"), d.teacherAAccount, d.studentA));
        assertFalse(sql(Connections.teachesNowSql(":t", ":a", ":s", ":today"), d.teacherAAccount, d.studentB));
        assertFalse(sql(Connections.teachesNowSql(":t", ":a", ":s", ":today"), pastTeacherAccount, d.studentA));
        assertFalse(sql(Connections.teachesNowSql(":t", ":a", ":s", ":today"), d.guardianAAccount, d.studentA));
        assertEquals(List.of(d.studentA), ids("SELECT student_id FROM (" + Connections.studentsTaughtNowSql(":t", ":a",
                ":today") + ") x", d.teacherAAccount));
        assertTrue(ids("SELECT student_id FROM (" + Connections.studentsTaughtNowSql(":t", ":a", ":today") + ") x",
                pastTeacherAccount).isEmpty());
        assertTrue(sql(Connections.administersSchoolSql(":t", ":a", ":s"), d.schoolAdminAccount, d.schoolId));
        assertFalse(sql(Connections.administersSchoolSql(":t", ":a", ":s"), d.teacherAAccount, d.schoolId));
        assertFalse(sql(Connections.administersSchoolSql(":t", ":a", ":s"), d.schoolAdminAccount, UUID.randomUUID()));
        assertEquals(List.of(d.teacherAStaffId), ids("SELECT id FROM " + Connections.staffIdsOfAccountSql(":t", ":a")
                + " x", d.teacherAAccount));
    }

    /** A boolean SQL form with the tenant, an account and a student (or school), typed as the hot paths bind them. */
    private boolean sql(String condition, UUID account, UUID subject) {
        String typed = condition.replace(":today", "CAST(:day AS date)").replace(":t", "CAST(:tenant AS text)")
                .replace(":a", "CAST(:account AS uuid)").replace(":s", "CAST(:subject AS uuid)");
        return d.inTenantReturning(em -> {
            var query = em.createNativeQuery("SELECT " + typed).setParameter("tenant", d.tenantId.toString())
                    .setParameter("account", account).setParameter("subject", subject);
            if (typed.contains(":day")) {
                query.setParameter("day", LocalDate.now());
            }
            return (Boolean) query.getSingleResult();
        });
    }

    private List<UUID> ids(String statement, UUID account) {
        String typed = statement.replace(":today", "CAST(:day AS date)").replace(":t", "CAST(:tenant AS text)")
                .replace(":a", "CAST(:account AS uuid)");
        return d.inTenantReturning(em -> {
            var query = em.createNativeQuery(typed).setParameter("tenant", d.tenantId.toString())
                    .setParameter("account", account);
            if (typed.contains(":day")) {
                query.setParameter("day", LocalDate.now());
            }
            return ((List<?>) query.getResultList()).stream().map(o -> (UUID) o).toList();
        });
    }

    /** Adds a class of last year's term with its own teacher, and enrolls student A in it; the teacher's staff id. */
    private UUID pastTermClassWithStudentA() {
        return d.inTenantReturning(em -> {
            AcademicTerm past = new AcademicTerm(d.schoolId, "Last year", LocalDate.now().minusYears(1).minusMonths(3),
                    LocalDate.now().minusMonths(4), null);
            em.persist(past);
            SchoolClass old = new SchoolClass(d.schoolId, past.id(), "Old room", "Reading", "2", null);
            em.persist(old);
            Staff staff = new Staff(d.schoolId, "Pat", "Past", "pat@staff.test", Staff.Kind.TEACHER, null);
            em.persist(staff);
            em.persist(new TeachingAssignment(staff.id(), old.id(), TeachingAssignment.Role.PRIMARY, null));
            em.persist(new org.tandem.directory.Enrollment(d.studentA, old.id(), null));
            return staff.id();
        });
    }

    private <T> T ask(Function<Connections, T> question) {
        return d.inTenantReturning(em -> question.apply(Arc.container().instance(Connections.class).get()));
    }

    private boolean whether(java.util.function.Predicate<Connections> question) {
        return ask(question::test);
    }

    private static Set<UUID> guardians(List<GuardianLink> links) {
        return Set.copyOf(links.stream().map(GuardianLink::guardianId).toList());
    }

    private static Set<UUID> staff(List<Teaching> teaching) {
        return Set.copyOf(teaching.stream().map(Teaching::staffId).toList());
    }
}
