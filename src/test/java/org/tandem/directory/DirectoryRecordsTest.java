package org.tandem.directory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Each kind of directory record created, read back, changed and deactivated by an administrator. */
@QuarkusTest
class DirectoryRecordsTest {

    private TestDistrict d;
    private String admin;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        admin = d.schoolAdmin();
    }

    private Response create(String path, Object body) {
        Response created = Api.validated(admin).contentType("application/json").body(body).post(path);
        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", notNullValue());
        Api.validated(admin).get(created.header("Location")).then().statusCode(200).header("ETag", "\"0\"");
        return created;
    }

    private Response patch(String location, String ifMatch, String body) {
        var request = Api.validated(admin).contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(location);
    }

    @Test
    void aTermIsCreatedChangedAndDeactivated() {
        String term = create("/api/v1/academic-terms", Map.of("schoolId", d.schoolId, "name", "Spring",
                "startsOn", "2027-01-10", "endsOn", "2027-05-30", "sourcedId", "term-spring")).header("Location");
        patch(term, "\"0\"", "{\"endsOn\": \"2027-06-15\", \"active\": false}").then().statusCode(200)
                .header("ETag", "\"1\"").body("endsOn", equalTo("2027-06-15")).body("active", equalTo(false))
                .body("name", equalTo("Spring")).body("sourcedId", equalTo("term-spring"));
        Api.validated(admin).queryParam("schoolId", d.schoolId.toString()).queryParam("active", false)
                .get("/api/v1/academic-terms").then().statusCode(200).body("items.name", equalTo(List.of("Spring")));
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        Api.validated(admin).contentType("application/json").body(Map.of("schoolId", d.schoolId, "name", "Backwards",
                "startsOn", "2027-05-30", "endsOn", "2027-01-10")).post("/api/v1/academic-terms").then().statusCode(422)
                .body("errors.field", equalTo(List.of("endsOn")));
        patch("/api/v1/academic-terms/" + d.termId, null, "{\"endsOn\": \"2000-01-01\"}").then().statusCode(422);
        Api.validated(admin).get("/api/v1/academic-terms/" + d.termId).then().header("ETag", "\"0\"");
    }

    @Test
    void aClassBelongsToATermOfItsOwnSchool() {
        create("/api/v1/classes", Map.of("schoolId", d.schoolId, "termId", d.termId, "name", "Room C",
                "subject", "Art", "grade", "4")).then().body("subject", equalTo("Art")).body("termId", equalTo(d.termId.toString()));
        SecondSchool second = SecondSchool.in(d);
        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("schoolId", d.schoolId, "termId", second.termId, "name", "Room X")).post("/api/v1/classes")
                .then().statusCode(422).body("errors.field", equalTo(List.of("termId")));
        Api.validated(admin).queryParam("termId", d.termId.toString()).get("/api/v1/classes").then()
                .body("items.name", equalTo(List.of("Room A", "Room B", "Room C")));
    }

    @Test
    void staffKindsTravelAsLowerCaseWords() {
        String staff = create("/api/v1/staff", Map.of("schoolId", d.schoolId, "givenName", "Cy", "familyName", "Coach",
                "email", "cy@staff.test", "kind", "counselor")).then().body("kind", equalTo("counselor"))
                .body("hasAccount", equalTo(false)).extract().header("Location");
        patch(staff, null, "{\"kind\": \"school_admin\"}").then().statusCode(200).body("kind", equalTo("school_admin"));
        Api.raw(admin).contentType("application/merge-patch+json").body("{\"kind\": \"SCHOOL_ADMIN\"}").patch(staff)
                .then().statusCode(400).body("errors.field", equalTo(List.of("kind")))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("org.tandem")));
    }

    @Test
    void aStudentIsCreatedFoundByClassAndDeactivated() {
        String student = create("/api/v1/students", Map.of("schoolId", d.schoolId, "givenName", "Cal",
                "familyName", "Delta", "grade", "3", "sourcedId", "stu-cal")).header("Location");
        String id = student.substring(student.lastIndexOf('/') + 1);
        create("/api/v1/enrollments", Map.of("studentId", id, "classId", d.classB, "sourcedId", "enr-cal-b"));
        Api.validated(admin).queryParam("classId", d.classB.toString()).get("/api/v1/students").then()
                .body("items.givenName", equalTo(List.of("Sue", "Cal")));
        patch(student, "\"0\"", "{\"active\": false, \"grade\": null}").then().statusCode(200)
                .body("active", equalTo(false)).body("grade", nullValue()).body("familyName", equalTo("Delta"));
        Api.validated(admin).queryParam("sourcedId", "stu-cal").get("/api/v1/students").then()
                .body("items.active", equalTo(List.of(false)));
    }

    @Test
    void aGuardianIsLinkedAndThenVisibleThroughTheirStudent() {
        String guardian = create("/api/v1/guardians", Map.of("givenName", "Dee", "familyName", "Delta",
                "email", "dee@family.test", "phone", "+1 312 555 0100", "preferredLanguage", "es"))
                .then().body("preferredLanguage", equalTo("es")).extract().header("Location");
        String id = guardian.substring(guardian.lastIndexOf('/') + 1);
        create("/api/v1/guardianships", Map.of("studentId", d.studentB, "guardianId", id, "relationship", "grandparent",
                "mayMessageStaff", false)).then().body("relationship", equalTo("grandparent"))
                .body("mayMessageStaff", equalTo(false)).body("receivesCommunications", equalTo(true))
                .body("educationalRights", equalTo(true)).body("noContact", equalTo(false));
        Api.validated(admin).queryParam("studentId", d.studentB.toString()).get("/api/v1/guardians").then()
                .body("items.givenName", equalTo(List.of("Blair", "Dee")));
        Api.validated(admin).queryParam("email", "DEE@family.test").get("/api/v1/guardians").then()
                .body("items.id", equalTo(List.of(id)));
        Api.validated(admin).queryParam("guardianId", id).get("/api/v1/students").then()
                .body("items.id", equalTo(List.of(d.studentB.toString())));
    }

    @Test
    void aTeachingAssignmentKeepsToItsSchoolAndChangesRole() {
        SecondSchool second = SecondSchool.in(d);
        String assignment = create("/api/v1/teaching-assignments", Map.of("staffId", d.teacherAStaffId,
                "classId", d.classB, "role", "co_teacher")).then().body("role", equalTo("co_teacher")).extract().header("Location");
        patch(assignment, "\"0\"", "{\"role\": \"aide\", \"active\": false}").then().statusCode(200)
                .body("role", equalTo("aide")).body("active", equalTo(false));
        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("staffId", d.teacherAStaffId, "classId", second.classId, "role", "primary"))
                .post("/api/v1/teaching-assignments").then().statusCode(422).body("errors.field", equalTo(List.of("classId")));
        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("studentId", d.studentA, "classId", second.classId)).post("/api/v1/enrollments")
                .then().statusCode(422).body("errors.field", equalTo(List.of("classId")));
        Api.validated(admin).queryParam("classId", d.classB.toString()).queryParam("active", true)
                .get("/api/v1/teaching-assignments").then().body("items.staffId", equalTo(List.of(d.teacherBStaffId.toString())));
    }

    @Test
    void anEnrollmentIsDeactivatedNotDeletedAndTheStudentLeavesTheClassList() {
        String enrollmentId = Api.validated(admin).queryParam("studentId", d.studentA.toString()).get("/api/v1/enrollments")
                .then().statusCode(200).extract().jsonPath().getString("items[0].id");
        patch("/api/v1/enrollments/" + enrollmentId, "\"0\"", "{\"active\": false}").then().statusCode(200)
                .body("active", equalTo(false));
        Api.validated(admin).queryParam("classId", d.classA.toString()).get("/api/v1/students").then()
                .body("items", equalTo(List.of()));
        Api.validated(admin).get("/api/v1/enrollments/" + enrollmentId).then().statusCode(200);
    }
}
