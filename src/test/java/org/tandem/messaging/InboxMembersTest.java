package org.tandem.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.directory.Enrollment;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.directory.Student;
import org.tandem.identity.Account;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** An inbox row names a class group's first six members and says how many there are; the thread's view names all. */
@QuarkusTest
class InboxMembersTest {

    @Test
    void aLargeGroupIsNamedInPartInTheInboxAndWhollyInItsView() {
        TestDistrict d = TestDistrict.create();
        // Seven more families in Room A, joined after Teacher A and Parent A: nine members in all.
        List<String> families = new ArrayList<>();
        d.inTenant(em -> {
            for (int i = 1; i <= 7; i++) {
                Student student = new Student(d.schoolId, "Kid" + i, "Family" + i, "3", null);
                em.persist(student);
                em.persist(new Enrollment(student.id(), d.classA, null));
                Account account = new Account("family" + i + "@members.test", "Family " + i, null);
                em.persist(account);
                Guardian guardian = new Guardian("Parent", "Family" + i, "family" + i + "@members.test", null, "en", null);
                guardian.linkAccount(account.id());
                em.persist(guardian);
                em.persist(new Guardianship(student.id(), guardian.id(), Relationship.MOTHER, true,
                        Guardianship.Permissions.ALL, false, null));
                families.add("Family " + i);
            }
        });
        String thread = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "group", "subject", "Room A families", "classId", d.classA.toString(),
                        "message", Map.of("body", "Welcome to Room A")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");

        JsonPath inbox = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        assertEquals(thread, inbox.getString("items[0].id"));
        assertEquals(9, inbox.getInt("items[0].memberCount"));
        List<String> named = inbox.getList("items[0].members.name");
        assertEquals(6, named.size(), named::toString);
        assertEquals("Teacher A", named.get(0), "staff first");
        assertEquals(List.of("staff", "guardian", "guardian", "guardian", "guardian", "guardian"),
                inbox.getList("items[0].members.role"));

        JsonPath view = Api.validated(d.guardianA()).get("/api/v1/threads/" + thread).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(9, view.getInt("memberCount"));
        List<String> expected = new ArrayList<>(List.of("Teacher A"));
        List<String> guardians = new ArrayList<>(families);
        guardians.add("Parent A");
        guardians.sort(null);
        expected.addAll(guardians);
        assertEquals(expected, view.getList("members.name"), "every member, staff first then by name");
    }

    @Test
    void anAnnouncementNamesOnlyItsAuthorAndCountsOne() {
        TestDistrict d = TestDistrict.create();
        Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "announcement", "subject", "Field trip", "audience", Map.of("type", "class", "classId", d.classA.toString()),
                        "message", Map.of("body", "Bring a packed lunch")))
                .post("/api/v1/threads").then().statusCode(201);
        JsonPath inbox = Api.validated(d.guardianA()).get("/api/v1/threads").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Teacher A"), inbox.getList("items[0].members.name"));
        assertEquals(1, inbox.getInt("items[0].memberCount"));
    }
}
