package org.tandem.celebrations;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.tandem.access.Roles;
import org.tandem.directory.Enrollment;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.directory.Student;
import org.tandem.identity.Account;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/** Requests and fixtures of the celebrations tests. */
final class Celebrations {

    private Celebrations() {
    }

    static Map<String, Object> recognition(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("message", "Thank you for helping a classmate");
        body.put("category", "kindness");
        return body;
    }

    static Response celebrateStudent(String token, UUID studentId, Map<String, Object> body) {
        return Api.responseValidated(token).contentType("application/json").body(body)
                .post("/api/v1/students/" + studentId + "/celebrations");
    }

    static Response celebrateClass(String token, UUID classId, Map<String, Object> body) {
        return Api.responseValidated(token).contentType("application/json").body(body)
                .post("/api/v1/classes/" + classId + "/celebrations");
    }

    static String studentCelebration(TestDistrict d) {
        return celebrateStudent(d.teacherA(), d.studentA, recognition("Helped a classmate")).then().statusCode(201)
                .extract().path("id");
    }

    static String classCelebration(TestDistrict d) {
        return celebrateClass(d.teacherA(), d.classA, recognition("Room A read 1000 books")).then().statusCode(201)
                .extract().path("id");
    }

    static Response react(String token, String celebrationId, String reaction) {
        return Api.responseValidated(token).contentType("application/json").body(Map.of("reaction", reaction))
                .post("/api/v1/celebrations/" + celebrationId + "/reactions");
    }

    static Response get(String token, String celebrationId) {
        return Api.responseValidated(token).get("/api/v1/celebrations/" + celebrationId);
    }

    static String badge(TestDistrict d, String name) {
        return Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("name", name, "description", "For " + name, "symbol", "star"))
                .post("/api/v1/badges").then().statusCode(201).extract().path("id");
    }

    /**
     * A guardian under a no-contact order for student A who also has a current link to a sibling
     * enrolled in class A; returns their token.
     */
    static String noContactParentOfClassmate(TestDistrict d) {
        UUID[] account = new UUID[1];
        d.inTenant(em -> {
            Account a = new Account("nc-" + UUID.randomUUID() + "@family.test", "Barred Parent", null);
            em.persist(a);
            Guardian g = new Guardian("Barred", "Parent", a.email(), null, "en", null);
            g.linkAccount(a.id());
            em.persist(g);
            Student sibling = new Student(d.schoolId, "Sib", "Alpha", "3", null);
            em.persist(sibling);
            em.persist(new Enrollment(sibling.id(), d.classA, null));
            em.persist(new Guardianship(sibling.id(), g.id(), Relationship.FATHER, true, Guardianship.Permissions.ALL,
                    false, null));
            em.persist(new Guardianship(d.studentA, g.id(), Relationship.FATHER, false, Guardianship.Permissions.ALL,
                    true, null));
            account[0] = a.id();
        });
        return TestTokens.forTenant(d.tenantId.toString(), account[0].toString(), Roles.GUARDIAN);
    }
}
