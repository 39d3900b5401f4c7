package org.tandem.messaging;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.directory.AcademicTerm;
import org.tandem.directory.Enrollment;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Staff;
import org.tandem.directory.TeachingAssignment;
import org.tandem.identity.Account;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/** Starting threads follows the shared rules: teaching now, never a past term; each side names the other. */
@QuarkusTest
class WhoMayStartThreadsTest {

    private TestDistrict d;
    private UUID pastTeacherStaffId;
    private String pastTeacher;

    @BeforeEach
    void districtWithLastYearsTeacherOfStudentA() {
        d = TestDistrict.create();
        UUID account = d.inTenantReturning(em -> {
            AcademicTerm past = new AcademicTerm(d.schoolId, "Last year", LocalDate.now().minusYears(1).minusMonths(3),
                    LocalDate.now().minusMonths(4), null);
            em.persist(past);
            SchoolClass old = new SchoolClass(d.schoolId, past.id(), "Old room", "Reading", "2", null);
            em.persist(old);
            Account a = new Account("past.teacher@" + d.tenantId + ".test", "Past Teacher", null);
            em.persist(a);
            Staff staff = new Staff(d.schoolId, "Pat", "Past", "pat@staff.test", Staff.Kind.TEACHER, null);
            staff.linkAccount(a.id());
            em.persist(staff);
            em.persist(new TeachingAssignment(staff.id(), old.id(), TeachingAssignment.Role.PRIMARY, null));
            em.persist(new Enrollment(d.studentA, old.id(), null));
            pastTeacherStaffId = staff.id();
            return a.id();
        });
        pastTeacher = TestTokens.forTenant(d.tenantId.toString(), account.toString(), Roles.STAFF);
    }

    @Test
    void aGuardianCannotStartAThreadWithLastTermsTeacher() {
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("kind", "direct", "staffIds", List.of(pastTeacherStaffId.toString()),
                        "message", Map.of("body", "Remember us?")))
                .post("/api/v1/threads").then().statusCode(404).body("code", equalTo("not_found"));
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("kind", "direct", "studentId", d.studentA.toString(),
                        "staffIds", List.of(pastTeacherStaffId.toString()), "message", Map.of("body", "About Sam")))
                .post("/api/v1/threads").then().statusCode(404);
    }

    @Test
    void lastTermsTeacherCannotStartThreadsAboutTheStudent() {
        Messaging.startStudentThread(pastTeacher, d.studentA, "How is Sam doing?").then().statusCode(404);
        Api.responseValidated(pastTeacher).contentType("application/json")
                .body(Map.of("kind", "direct", "guardianIds", List.of(d.guardianAId.toString()),
                        "message", Map.of("body", "Hello")))
                .post("/api/v1/threads").then().statusCode(404);
    }

    @Test
    void aFieldOfTheOtherSideIsRefusedNotIgnored() {
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("kind", "direct", "staffIds", List.of(d.teacherAStaffId.toString()),
                        "guardianIds", List.of(d.guardianBId.toString()), "message", Map.of("body", "Hi")))
                .post("/api/v1/threads").then().statusCode(422)
                .body("errors[0].field", equalTo("guardianIds"));
        Api.responseValidated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "direct", "guardianIds", List.of(d.guardianAId.toString()),
                        "staffIds", List.of(d.teacherBStaffId.toString()), "message", Map.of("body", "Hi")))
                .post("/api/v1/threads").then().statusCode(422)
                .body("errors[0].field", equalTo("staffIds"));
        Api.validated(d.teacherA()).get("/api/v1/threads").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void officeHoursBelongToPeopleWithAStaffRecord() {
        Api.responseValidated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("timeZone", "UTC", "hours", List.of(Map.of("day", "monday", "start", "08:00", "end", "09:00"))))
                .put("/api/v1/me/office-hours").then().statusCode(403).body("code", equalTo("forbidden"));
        Api.responseValidated(d.districtAdmin()).get("/api/v1/me/office-hours").then().statusCode(403);
        Api.responseValidated(d.guardianA()).get("/api/v1/me/office-hours").then().statusCode(403);
    }

    @Test
    void familiesReadOnlyTheOfficeHoursOfTheirChildsTeachersOfNow() {
        Api.validated(pastTeacher).contentType("application/json")
                .body(Map.of("timeZone", "UTC", "hours", List.of(Map.of("day", "monday", "start", "08:00", "end", "09:00"))))
                .put("/api/v1/me/office-hours").then().statusCode(200);
        Api.responseValidated(d.guardianA()).get("/api/v1/staff/" + pastTeacherStaffId + "/office-hours")
                .then().statusCode(404);
        Api.validated(d.teacherA()).get("/api/v1/staff/" + pastTeacherStaffId + "/office-hours")
                .then().statusCode(200).body("timeZone", equalTo("UTC"));
    }
}
