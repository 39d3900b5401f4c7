package org.tandem.messaging.contacts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Enrollment;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.directory.Student;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** People one may reach: a guardian's school contacts, a teacher's families, and threads started from them. */
@QuarkusTest
class ContactsTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void aGuardianSeesTheirChildsTeachersWithClassesAndTheSchoolContacts() {
        JsonPath body = Api.validated(d.guardianA()).get("/api/v1/me/school-contacts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].studentId", equalTo(d.studentA.toString()))
                .body("items[0].mayMessageStaff", equalTo(true))
                .body("items[0].contacts.staffId", contains(d.teacherAStaffId.toString(), staffIdOfPrincipal()))
                .body("items[0].contacts[0].role", equalTo("teacher"))
                .body("items[0].contacts[0].classes.name", contains("Room A"))
                .body("items[0].contacts[0].mayMessage", equalTo(true))
                .body("items[0].contacts[0].containsKey(\"officeHours\")", equalTo(false))
                .body("items[0].contacts[1].role", equalTo("school_admin"))
                .body("items[0].contacts[1].classes", empty())
                .body("items[0].contacts[1].mayMessage", equalTo(false))
                .extract().jsonPath();
        // The id shown starts a direct thread with that teacher.
        String teacher = body.getString("items[0].contacts[0].staffId");
        Api.validated(d.guardianA()).contentType("application/json")
                .body(Map.of("kind", "direct", "staffIds", List.of(teacher), "message", Map.of("body", "Hello")))
                .post("/api/v1/threads").then().statusCode(201)
                .body("members.name", contains("Teacher A", "Parent A"))
                .body("members.role", contains("staff", "guardian"))
                .body("lastMessage.authorName", equalTo("Parent A"))
                .body("lastMessage.authorRole", equalTo("guardian"));
    }

    @Test
    void officeHoursOfTheTeachersAreIncluded() {
        Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("timeZone", "America/Chicago", "hours",
                        List.of(Map.of("day", "monday", "start", "08:00", "end", "09:00"))))
                .put("/api/v1/me/office-hours").then().statusCode(200);
        Api.validated(d.guardianA()).get("/api/v1/me/school-contacts").then().statusCode(200)
                .body("items[0].contacts[0].officeHours.timeZone", equalTo("America/Chicago"))
                .body("items[0].contacts[0].officeHours.hours[0].day", equalTo("monday"));
    }

    @Test
    void anotherFamilySeesOnlyItsOwnChildAndALinkWithoutMessagingSaysSo() {
        Api.validated(d.guardianB()).get("/api/v1/me/school-contacts").then().statusCode(200)
                .body("items.studentId", contains(d.studentB.toString()))
                .body("items[0].contacts[0].staffId", equalTo(d.teacherBStaffId.toString()));
        String path = "/api/v1/guardianships/" + d.guardianshipA;
        String etag = Api.validated(d.districtAdmin()).get(path).then().statusCode(200).extract().header("ETag");
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"mayMessageStaff\": false}").patch(path).then().statusCode(200);
        Api.validated(d.guardianA()).get("/api/v1/me/school-contacts").then().statusCode(200)
                .body("items[0].mayMessageStaff", equalTo(false))
                .body("items[0].contacts[0].mayMessage", equalTo(false));
        // What the list says is what starting a thread does.
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("kind", "direct", "staffIds", List.of(d.teacherAStaffId.toString()),
                        "message", Map.of("body", "Hello")))
                .post("/api/v1/threads").then().statusCode(403);
        // The teacher sees what the link allows.
        Api.validated(d.teacherA()).get("/api/v1/me/families").then().statusCode(200)
                .body("items[0].guardians[0].mayMessageStaff", equalTo(false));
    }

    @Test
    void aNoContactGuardianHasNobodyToReach() {
        Api.validated(d.noContactGuardian()).get("/api/v1/me/school-contacts").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aTeacherSeesTheFamiliesOfTheirStudentsWithoutNoContactGuardians() {
        JsonPath body = Api.validated(d.teacherA()).get("/api/v1/me/families").then().statusCode(200)
                .body("items.studentId", contains(d.studentA.toString()))
                .body("items[0].classes.name", contains("Room A"))
                .body("items[0].guardians.guardianId", contains(d.guardianAId.toString()))
                .body("items[0].guardians[0].relationship", equalTo("mother"))
                .body("items[0].guardians[0].preferredLanguage", equalTo("en"))
                .body("items[0].guardians[0].joined", equalTo(true))
                .body("items[0].guardians[0].mayMessageStaff", equalTo(true))
                .body("nextCursor", nullValue())
                .extract().jsonPath();
        // The id shown starts a direct thread with that guardian.
        Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "direct", "guardianIds", List.of(body.getString("items[0].guardians[0].guardianId")),
                        "message", Map.of("body", "Hi")))
                .post("/api/v1/threads").then().statusCode(201);
    }

    @Test
    void familiesArePagedByNameAndFilteredByClass() {
        d.inTenant(em -> {
            Student second = new Student(d.schoolId, "Zed", "Alpha", "3", null);
            em.persist(second);
            em.persist(new Enrollment(second.id(), d.classA, null));
            Guardian unjoined = new Guardian("Gil", "Gamma", "gil@family.test", null, "es", null);
            em.persist(unjoined);
            em.persist(new Guardianship(second.id(), unjoined.id(), Relationship.GRANDPARENT, false,
                    Guardianship.Permissions.ALL, false, null));
        });
        Response first = Api.validated(d.teacherA()).queryParam("limit", 1).get("/api/v1/me/families");
        first.then().statusCode(200).body("items", hasSize(1)).body("items[0].givenName", equalTo("Sam"))
                .body("nextCursor", notNullValue()).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        Api.validated(d.teacherA()).queryParam("limit", 1).queryParam("cursor", first.jsonPath().getString("nextCursor"))
                .get("/api/v1/me/families").then().statusCode(200)
                .body("items[0].givenName", equalTo("Zed"))
                .body("items[0].guardians[0].joined", equalTo(false))
                .body("items[0].guardians[0].preferredLanguage", equalTo("es"))
                .body("nextCursor", nullValue());
        Api.validated(d.teacherA()).queryParam("classId", d.classA).get("/api/v1/me/families").then().statusCode(200)
                .body("items", hasSize(2));
        // A class the caller does not teach is not theirs to list.
        Api.validated(d.teacherA()).queryParam("classId", d.classB).get("/api/v1/me/families").then().statusCode(404);
    }

    @Test
    void authorizationMatrix() {
        Api.responseValidated(d.guardianA()).get("/api/v1/me/families").then().statusCode(403);
        Api.responseValidated(d.teacherA()).get("/api/v1/me/school-contacts").then().statusCode(403);
        Api.responseValidated(d.districtAdmin()).get("/api/v1/me/school-contacts").then().statusCode(403);
        Api.responseValidated().get("/api/v1/me/families").then().statusCode(401);
        // Teacher B sees only their own student; a school admin who teaches nothing sees no one.
        Api.validated(d.teacherB()).get("/api/v1/me/families").then().statusCode(200)
                .body("items.studentId", contains(d.studentB.toString()));
        Api.validated(d.schoolAdmin()).get("/api/v1/me/families").then().statusCode(200).body("items", empty());
        // Another district's people are not there.
        TestDistrict other = TestDistrict.create();
        Api.validated(other.guardianA()).get("/api/v1/me/school-contacts").then().statusCode(200)
                .body("items.studentId", contains(other.studentA.toString()))
                .body("items[0].contacts.staffId", contains(other.teacherAStaffId.toString(),
                        other.inTenantReturning(em -> principalOf(em, other))));
        Api.validated(other.teacherA()).queryParam("classId", d.classA).get("/api/v1/me/families").then().statusCode(404);
    }

    @Test
    void startingAStudentThreadThatExistsReturnsItAndPostsTheMessage() {
        Response first = Messaging.startStudentThread(d.teacherA(), d.studentA, "First");
        first.then().statusCode(201);
        String id = first.jsonPath().getString("id");
        Response again = Messaging.startStudentThread(d.guardianA(), d.studentA, "Second");
        again.then().statusCode(200).body("id", equalTo(id)).body("lastSeq", equalTo(2));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + id + "/messages").then().statusCode(200)
                .body("items.body", contains("Second", "First"))
                .body("items.authorName", contains("Parent A", "Teacher A"))
                .body("items.authorRole", contains("guardian", "staff"));
        // Another student's thread is another thread.
        Response otherStudent = Messaging.startStudentThread(d.teacherB(), d.studentB, "Hi");
        otherStudent.then().statusCode(201);
        assertNotEquals(id, otherStudent.jsonPath().getString("id"));
    }

    @Test
    void theInboxCarriesMembersAndTheLastAuthor() {
        String id = Messaging.studentThread(d.teacherA(), d.studentA, "Hello family");
        JsonPath inbox = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        assertEquals(id, inbox.getString("items[0].id"));
        assertEquals(List.of("Teacher A", "Parent A"), inbox.getList("items[0].members.name"));
        assertEquals("Teacher A", inbox.getString("items[0].lastMessage.authorName"));
        assertEquals("staff", inbox.getString("items[0].lastMessage.authorRole"));
        // No-contact father is no member, and his name is nowhere.
        assertEquals(2, inbox.getList("items[0].members").size());
    }

    private String staffIdOfPrincipal() {
        return d.inTenantReturning(em -> principalOf(em, d));
    }

    private static String principalOf(jakarta.persistence.EntityManager em, TestDistrict district) {
        return em.createQuery("SELECT s.id FROM Staff s WHERE s.givenName = 'Pat'", UUID.class).getSingleResult().toString();
    }
}
