package org.tandem.celebrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.identity.Account;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/**
 * Every celebrations endpoint × each role × own / other family × no-contact × student vs class
 * celebration × other tenant. Out of scope is a 404 on every endpoint; a family that tries what
 * only staff do is a 403; a role without celebrations (an integrator) is a 403.
 */
@QuarkusTest
class CelebrationAuthorizationTest {

    private TestDistrict d;
    private String ofStudent;
    private String ofClass;

    @BeforeEach
    void celebrations() {
        d = TestDistrict.create();
        ofStudent = Celebrations.studentCelebration(d);
        ofClass = Celebrations.classCelebration(d);
    }

    /** caller, sees the student's celebration, sees the class's, recognises (staff), manages (author or admin) */
    record Case(String who, String token, boolean student, boolean klass, boolean staff, boolean manages) {
    }

    @Test
    void whoSeesAndDoesWhat() {
        TestDistrict other = TestDistrict.create();
        List<Case> cases = List.of(
                new Case("guardian A", d.guardianA(), true, true, false, false),
                new Case("guardian A without the permission", guardianWithoutPermission(d), false, false, false, false),
                new Case("no-contact guardian", d.noContactGuardian(), false, false, false, false),
                new Case("no-contact guardian with a child in the class", Celebrations.noContactParentOfClassmate(d),
                        false, false, false, false),
                new Case("other family", d.guardianB(), false, false, false, false),
                new Case("teacher A (author)", d.teacherA(), true, true, true, true),
                new Case("teacher of another class", d.teacherB(), false, false, false, false),
                new Case("school admin", d.schoolAdmin(), true, true, true, true),
                new Case("district admin", d.districtAdmin(), true, true, true, true),
                new Case("other tenant's teacher", other.teacherA(), false, false, false, false),
                new Case("other tenant's guardian", other.guardianA(), false, false, false, false),
                new Case("other tenant's district admin", other.districtAdmin(), false, false, false, false));
        List<String> failures = new ArrayList<>();
        // Guardian A's replies, which the others report: those who see every reply of the celebration
        // may (its author and administrators; for a student's, the student's family too).
        String studentReply = reply(d.guardianA(), ofStudent);
        String classReply = reply(d.guardianA(), ofClass);
        for (Case c : cases) {
            int own = c.who().equals("guardian A") ? 422 : 0;
            check(failures, c.who() + " / report student reply", report(c.token(), ofStudent, studentReply),
                    own != 0 ? own : c.student() ? 201 : 404);
            check(failures, c.who() + " / report class reply", report(c.token(), ofClass, classReply),
                    own != 0 ? own : c.staff() ? 201 : 404);
        }
        for (Case c : cases) {
            for (Map.Entry<String, Supplier<Response>> call : reads(c.token(), ofStudent).entrySet()) {
                expect(failures, c.who() + " / student / " + call.getKey(), call.getValue().get().statusCode(), c.student());
            }
            for (Map.Entry<String, Supplier<Response>> call : reads(c.token(), ofClass).entrySet()) {
                expect(failures, c.who() + " / class / " + call.getKey(), call.getValue().get().statusCode(), c.klass());
            }
            expect(failures, c.who() + " / timeline", Api.responseValidated(c.token())
                    .get("/api/v1/students/" + d.studentA + "/timeline").statusCode(), c.student());
            expect(failures, c.who() + " / class list", Api.responseValidated(c.token())
                    .get("/api/v1/classes/" + d.classA + "/celebrations").statusCode(), c.klass());
            int student = Celebrations.celebrateStudent(c.token(), d.studentA, Celebrations.recognition("Well done"))
                    .statusCode();
            int klass = Celebrations.celebrateClass(c.token(), d.classA, Celebrations.recognition("Well done"))
                    .statusCode();
            check(failures, c.who() + " / recognise student", student, c.staff() ? 201 : c.student() ? 403 : 404);
            check(failures, c.who() + " / recognise class", klass, c.staff() ? 201 : c.klass() ? 403 : 404);
            String etag = c.student() ? Celebrations.get(c.token(), ofStudent).header("ETag") : "\"0\"";
            int patch = Api.responseValidated(c.token()).contentType("application/merge-patch+json")
                    .header("If-Match", etag).body(Map.of("title", "Helped two classmates"))
                    .patch("/api/v1/celebrations/" + ofStudent).statusCode();
            check(failures, c.who() + " / edit", patch, c.manages() ? 200 : c.student() ? 403 : 404);
        }
        // Withdrawing: the family no longer sees it, staff still do.
        Api.responseValidated(d.guardianA()).delete("/api/v1/celebrations/" + ofStudent).then().statusCode(403);
        Api.responseValidated(d.teacherB()).delete("/api/v1/celebrations/" + ofStudent).then().statusCode(404);
        Api.responseValidated(d.teacherA()).delete("/api/v1/celebrations/" + ofStudent).then().statusCode(204);
        Celebrations.get(d.guardianA(), ofStudent).then().statusCode(404);
        Celebrations.get(d.teacherA(), ofStudent).then().statusCode(200);
        Celebrations.react(d.teacherA(), ofStudent, "heart").then().statusCode(409);
        Api.responseValidated(d.schoolAdmin()).delete("/api/v1/celebrations/" + ofClass).then().statusCode(204);
        Celebrations.get(d.guardianA(), ofClass).then().statusCode(404);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aRoleWithoutCelebrationsGets403() {
        String integrator = TestTokens.forTenant(d.tenantId.toString(), UUID.randomUUID().toString(), Roles.INTEGRATOR);
        for (Map.Entry<String, Supplier<Response>> call : reads(integrator, ofStudent).entrySet()) {
            assertEquals(403, call.getValue().get().statusCode(), call.getKey());
        }
        Api.responseValidated(integrator).get("/api/v1/students/" + d.studentA + "/timeline").then().statusCode(403);
        Api.responseValidated(integrator).get("/api/v1/badges").then().statusCode(403);
        Api.responseValidated(integrator).get("/api/v1/appreciations").then().statusCode(403);
    }

    @Test
    void badgesAreManagedByDistrictAdministrators() {
        Map<String, Object> badge = Map.of("name", "Kindness", "symbol", "heart");
        for (String token : List.of(d.teacherA(), d.schoolAdmin())) {
            Api.responseValidated(token).contentType("application/json").body(badge).post("/api/v1/badges")
                    .then().statusCode(403);
        }
        Api.responseValidated(d.guardianA()).get("/api/v1/badges").then().statusCode(403);
        String id = Celebrations.badge(d, "Kindness");
        Api.responseValidated(d.teacherA()).get("/api/v1/badges/" + id).then().statusCode(200);
        Api.responseValidated(TestDistrict.create().districtAdmin()).get("/api/v1/badges/" + id).then().statusCode(404);
    }

    @Test
    void appreciation() {
        Map<String, Object> thanks = new LinkedHashMap<>(Map.of("staffId", d.teacherAStaffId.toString(),
                "studentId", d.studentA.toString(), "note", "Thank you for the reading group"));
        Api.responseValidated(d.guardianA()).contentType("application/json").body(thanks).post("/api/v1/appreciations")
                .then().statusCode(201);
        // Another family may not speak about student A; another tenant does not see the teacher.
        Api.responseValidated(d.guardianB()).contentType("application/json").body(thanks).post("/api/v1/appreciations")
                .then().statusCode(404);
        Api.responseValidated(TestDistrict.create().guardianA()).contentType("application/json").body(thanks)
                .post("/api/v1/appreciations").then().statusCode(404);
        Api.responseValidated(d.teacherA()).contentType("application/json")
                .body(Map.of("staffId", d.teacherAStaffId.toString(), "note", "Me")).post("/api/v1/appreciations")
                .then().statusCode(422);
        // A colleague thanks without a student.
        Api.responseValidated(d.teacherB()).contentType("application/json")
                .body(Map.of("staffId", d.teacherAStaffId.toString(), "note", "Thanks for covering")).post("/api/v1/appreciations")
                .then().statusCode(201);
        // Guardian B (a child at the same school) may thank teacher A without naming a student.
        Api.responseValidated(d.guardianB()).contentType("application/json")
                .body(Map.of("staffId", d.teacherAStaffId.toString(), "note", "Thanks for the trip")).post("/api/v1/appreciations")
                .then().statusCode(201);
        Api.responseValidated(d.teacherA()).get("/api/v1/appreciations").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(3));
        Api.responseValidated(d.teacherB()).get("/api/v1/appreciations").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(0));
        Api.responseValidated(d.guardianA()).get("/api/v1/appreciations").then().statusCode(403);
        Response counts = Api.responseValidated(d.schoolAdmin()).get("/api/v1/schools/" + d.schoolId + "/appreciation-counts");
        counts.then().statusCode(200);
        List<Map<String, Object>> items = counts.jsonPath().getList("items");
        Map<String, Object> ada = items.stream().filter(i -> d.teacherAStaffId.toString().equals(i.get("staffId")))
                .findFirst().orElseThrow();
        assertEquals(3, ((Number) ada.get("count")).intValue());
        assertTrue(items.stream().noneMatch(i -> i.containsKey("note")), "counts only");
        Api.responseValidated(d.teacherA()).get("/api/v1/schools/" + d.schoolId + "/appreciation-counts").then().statusCode(403);
        Api.responseValidated(TestDistrict.create().schoolAdmin()).get("/api/v1/schools/" + d.schoolId
                + "/appreciation-counts").then().statusCode(404);
    }

    private Map<String, Supplier<Response>> reads(String token, String id) {
        Map<String, Supplier<Response>> calls = new LinkedHashMap<>();
        calls.put("get", () -> Celebrations.get(token, id));
        calls.put("react", () -> Celebrations.react(token, id, "clap"));
        calls.put("unreact", () -> Api.responseValidated(token).delete("/api/v1/celebrations/" + id + "/reactions/clap"));
        calls.put("reply", () -> Api.responseValidated(token).contentType("application/json")
                .body(Map.of("body", "Thank you!")).post("/api/v1/celebrations/" + id + "/replies"));
        calls.put("replies", () -> Api.responseValidated(token).get("/api/v1/celebrations/" + id + "/replies"));
        return calls;
    }

    private static String reply(String token, String celebrationId) {
        return Api.validated(token).contentType("application/json").body(Map.of("body", "Thank you!"))
                .post("/api/v1/celebrations/" + celebrationId + "/replies").then().statusCode(201).extract().path("id");
    }

    private static int report(String token, String celebrationId, String replyId) {
        return Api.responseValidated(token).contentType("application/json").body(Map.of("reason", "inappropriate"))
                .post("/api/v1/celebrations/" + celebrationId + "/replies/" + replyId + "/reports").statusCode();
    }

    private static void expect(List<String> failures, String what, int status, boolean allowed) {
        if (allowed ? status >= 300 : status != 404 && status != 403) {
            failures.add(what + ": " + status + (allowed ? " (expected success)" : " (expected 404)"));
        }
        if (!allowed && status == 403) {
            failures.add(what + ": 403 where out of scope must be 404");
        }
    }

    private static void check(List<String> failures, String what, int status, int expected) {
        if (status != expected) {
            failures.add(what + ": " + status + " (expected " + expected + ")");
        }
    }

    private static String guardianWithoutPermission(TestDistrict d) {
        UUID[] holder = new UUID[1];
        d.inTenant(em -> {
            Account a = new Account("np-" + UUID.randomUUID() + "@family.test", "No Permission", null);
            em.persist(a);
            Guardian g = new Guardian("No", "Permission", a.email(), null, "en", null);
            g.linkAccount(a.id());
            em.persist(g);
            em.persist(new Guardianship(d.studentA, g.id(), Relationship.GRANDPARENT, true,
                    new Guardianship.Permissions(true, true, true, false), false, null));
            holder[0] = a.id();
        });
        return TestTokens.forTenant(d.tenantId.toString(), holder[0].toString(), Roles.GUARDIAN);
    }
}
