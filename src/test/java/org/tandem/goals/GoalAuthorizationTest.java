package org.tandem.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/**
 * Every goals endpoint × each role × own / other family × confidential / not × other tenant. Out of
 * scope is a 404 on every endpoint, reads and writes alike; a role without goals (an integrator)
 * is a 403. A confidential goal exists only for guardians with educational rights, the staff
 * assigned to it and administrators.
 */
@QuarkusTest
class GoalAuthorizationTest {

    private TestDistrict d;
    private String open;
    private String openCheckIn;
    private String confidential;
    private String confidentialCheckIn;
    private String revision;

    @BeforeEach
    void goalsOfStudentA() {
        d = TestDistrict.create();
        open = Goals.activeGoal(d, Goals.readingGoal());
        openCheckIn = Goals.checkIn(d.teacherA(), open, Map.of("value", 60)).then().statusCode(201).extract().path("id");
        revision = Api.validated(d.teacherA()).contentType("application/json").header("If-Match", Goals.etag(d.teacherA(), open))
                .body(Map.of("startDate", Goals.START.toString(), "targetDate", Goals.TARGET.plusDays(7).toString(),
                        "target", Map.of("baseline", 52, "target", 90, "unit", "words per minute", "direction", "higher")))
                .post("/api/v1/goals/" + open + "/revisions").then().statusCode(200).extract().path("pendingRevision.id");
        // An IEP goal: proposed by the principal, assigned to teacher A, agreed by guardian A (educational rights).
        confidential = Goals.proposed(d.schoolAdmin(), d.studentA, Goals.with(Goals.with(Goals.readingGoal(),
                "confidential", true), "assignedStaffIds", List.of(d.teacherAStaffId.toString())));
        Goals.transition(d.guardianA(), confidential, "active", null).then().statusCode(200);
        confidentialCheckIn = Goals.checkIn(d.teacherA(), confidential, Map.of("value", 58)).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void whoSeesWhichGoal() {
        String coTeacher = Goals.coTeacherOfClassA(d)[0];
        String withoutRights = Goals.guardian(d, d.studentA, false, true);
        String withoutGoals = Goals.guardian(d, d.studentA, true, false);
        TestDistrict other = TestDistrict.create();

        // caller, sees the open goal, sees the confidential goal
        record Case(String who, String token, boolean open, boolean confidential) {
        }
        List<Case> cases = List.of(
                new Case("guardian A (rights)", d.guardianA(), true, true),
                new Case("guardian without educational rights", withoutRights, true, false),
                new Case("guardian without the goals permission", withoutGoals, false, false),
                new Case("no-contact guardian", d.noContactGuardian(), false, false),
                new Case("other family", d.guardianB(), false, false),
                new Case("teacher A (assigned)", d.teacherA(), true, true),
                new Case("co-teacher (not assigned)", coTeacher, true, false),
                new Case("teacher of another class", d.teacherB(), false, false),
                new Case("school admin", d.schoolAdmin(), true, true),
                new Case("district admin", d.districtAdmin(), true, true),
                new Case("other tenant's teacher", other.teacherA(), false, false),
                new Case("other tenant's guardian", other.guardianA(), false, false),
                new Case("other tenant's district admin", other.districtAdmin(), false, false));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            check(failures, c.who() + " / open", goalEndpoints(c.token(), open, openCheckIn, revision), c.open());
            check(failures, c.who() + " / confidential", goalEndpoints(c.token(), confidential, confidentialCheckIn,
                    revision), c.confidential());
            Response studentList = Api.responseValidated(c.token()).get("/api/v1/students/" + d.studentA + "/goals");
            if (c.open()) {
                List<String> ids = Goals.ids(studentList);
                expect(failures, c.who() + " student list has open", ids.contains(open), true);
                expect(failures, c.who() + " student list has confidential", ids.contains(confidential), c.confidential());
            } else {
                expect(failures, c.who() + " student list 404", studentList.statusCode() == 404, true);
            }
            List<String> mine = Goals.ids(Api.validated(c.token()).get("/api/v1/goals"));
            expect(failures, c.who() + " my goals has open", mine.contains(open), c.open() && !c.who().contains("admin"));
            expect(failures, c.who() + " my goals has confidential", mine.contains(confidential),
                    c.confidential() && !c.who().contains("admin"));
            Response propose = Goals.propose(c.token(), d.studentA, Goals.readingGoal());
            expect(failures, c.who() + " may propose (" + propose.statusCode() + ")",
                    propose.statusCode() == 201, c.open());
            if (!c.open()) {
                expect(failures, c.who() + " propose is 404", propose.statusCode() == 404, true);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aRoleWithoutGoalsGets403Everywhere() {
        String integrator = TestTokens.forTenant(d.tenantId.toString(), java.util.UUID.randomUUID().toString(),
                Roles.INTEGRATOR);
        for (Map.Entry<String, Function<String, Response>> call : goalEndpoints(integrator, open, openCheckIn, revision)) {
            assertEquals(403, call.getValue().apply(integrator).statusCode(), call.getKey());
        }
        Api.responseValidated(integrator).get("/api/v1/goals").then().statusCode(403);
        Api.responseValidated(integrator).get("/api/v1/students/" + d.studentA + "/goals").then().statusCode(403);
        Goals.propose(integrator, d.studentA, Goals.readingGoal()).then().statusCode(403);
    }

    @Test
    void onlyTheSchoolSideMarksAGoalConfidentialOrAssignsStaff() {
        Goals.propose(d.guardianA(), d.studentA, Goals.with(Goals.readingGoal(), "confidential", true)).then().statusCode(403);
        Goals.propose(d.guardianA(), d.studentA, Goals.with(Goals.readingGoal(), "assignedStaffIds",
                List.of(d.teacherAStaffId.toString()))).then().statusCode(403);
        Api.responseValidated(d.guardianA()).contentType("application/merge-patch+json")
                .header("If-Match", Goals.etag(d.guardianA(), open)).body(Map.of("confidential", true))
                .patch("/api/v1/goals/" + open).then().statusCode(403);
        Goals.get(d.guardianB(), open).then().statusCode(404);
    }

    @Test
    void aTeacherWhoMakesAGoalConfidentialKeepsSeeingIt() {
        String id = Goals.proposed(d.teacherA(), d.studentA, Goals.with(Goals.readingGoal(), "confidential", true));
        Goals.get(d.teacherA(), id).then().statusCode(200)
                .body("assignedStaffIds", org.hamcrest.Matchers.contains(d.teacherAStaffId.toString()));
        Goals.get(Goals.coTeacherOfClassA(d)[0], id).then().statusCode(404);
    }

    /**
     * A guardian-only caller's reads decide from the link fetched with the goal in plain SQL (no
     * Hibernate tenant filter): an inactive guardian record, a link turned no-contact, and the same
     * account id under another tenant's token must all see nothing.
     */
    @Test
    void theGuardiansPlainSqlPathFollowsTheLinkAndTheTenant() {
        String progress = "/api/v1/goals/" + open + "/progress";
        Api.validated(d.guardianA()).get(progress).then().statusCode(200);
        TestDistrict other = TestDistrict.create();
        String crossed = TestTokens.forTenant(other.tenantId.toString(), d.guardianAAccount.toString(), Roles.GUARDIAN);
        Api.responseValidated(crossed).get(progress).then().statusCode(404);
        Api.responseValidated(crossed).get("/api/v1/goals/" + open).then().statusCode(404);
        assertTrue(Goals.ids(Api.validated(crossed).get("/api/v1/goals")).isEmpty());
        assertTrue(Goals.ids(Api.validated(d.guardianA()).get("/api/v1/goals")).contains(confidential));

        org.tandem.identity.JoiningFixtures.execute(d, "UPDATE guardianship SET no_contact = true WHERE tenant_id = :tenant"
                + " AND id = CAST(:p1 AS uuid)", d.guardianshipA.toString());
        Api.responseValidated(d.guardianA()).get(progress).then().statusCode(404);
        assertTrue(Goals.ids(Api.validated(d.guardianA()).get("/api/v1/goals")).isEmpty());
        org.tandem.identity.JoiningFixtures.execute(d, "UPDATE guardianship SET no_contact = false WHERE tenant_id = :tenant"
                + " AND id = CAST(:p1 AS uuid)", d.guardianshipA.toString());
        Api.validated(d.guardianA()).get(progress).then().statusCode(200);
        org.tandem.identity.JoiningFixtures.execute(d, "UPDATE guardian SET active = false WHERE tenant_id = :tenant"
                + " AND id = CAST(:p1 AS uuid)", d.guardianAId.toString());
        Api.responseValidated(d.guardianA()).get(progress).then().statusCode(404);
        Api.responseValidated(d.guardianA()).get("/api/v1/goals/" + confidential).then().statusCode(404);
        assertTrue(Goals.ids(Api.validated(d.guardianA()).get("/api/v1/goals")).isEmpty());
    }

    @Test
    void assignedStaffMustWorkAtTheStudentsSchool() {
        TestDistrict other = TestDistrict.create();
        Goals.propose(d.schoolAdmin(), d.studentA, Goals.with(Goals.readingGoal(), "assignedStaffIds",
                List.of(other.teacherAStaffId.toString()))).then().statusCode(422);
    }

    private static void check(List<String> failures, String who, List<Map.Entry<String, Function<String, Response>>> calls,
                              boolean sees) {
        for (Map.Entry<String, Function<String, Response>> call : calls) {
            boolean write = call.getKey().startsWith("write");
            if (sees && write && call.getKey().contains("!")) {
                continue; // state-changing writes are checked for those who see the goal in the other tests
            }
            int status = call.getValue().apply(null).statusCode();
            boolean ok = sees ? status == 200 || status == 201 : status == 404;
            if (!ok) {
                failures.add(who + " " + call.getKey() + " → " + status);
            }
        }
    }

    private static void expect(List<String> failures, String what, boolean actual, boolean expected) {
        if (actual != expected) {
            failures.add(what + ": expected " + expected);
        }
    }

    /** Each goal endpoint with valid input; keys marked {@code !} change the goal's state. */
    private static List<Map.Entry<String, Function<String, Response>>> goalEndpoints(String token, String goal,
                                                                                      String checkIn, String revision) {
        String base = "/api/v1/goals/" + goal;
        return List.of(
                Map.entry("read goal", t -> Api.responseValidated(token).get(base)),
                Map.entry("read history", t -> Api.responseValidated(token).get(base + "/transitions")),
                Map.entry("read progress", t -> Api.responseValidated(token).get(base + "/progress")),
                Map.entry("read check-ins", t -> Api.responseValidated(token).get(base + "/check-ins")),
                Map.entry("read check-in", t -> Api.responseValidated(token).get(base + "/check-ins/" + checkIn)),
                Map.entry("read comments", t -> Api.responseValidated(token).get(base + "/check-ins/" + checkIn + "/comments")),
                Map.entry("write comment", t -> Api.responseValidated(token).contentType("application/json")
                        .body(Map.of("body", "Great work")).post(base + "/check-ins/" + checkIn + "/comments")),
                Map.entry("write check-in", t -> Api.responseValidated(token).contentType("application/json")
                        .body(Map.of("value", 61)).post(base + "/check-ins")),
                Map.entry("write! edit check-in", t -> Api.responseValidated(token)
                        .contentType("application/merge-patch+json").header("If-Match", "*")
                        .body(Map.of("note", "edited")).patch(base + "/check-ins/" + checkIn)),
                Map.entry("write! patch goal", t -> Api.responseValidated(token).contentType("application/merge-patch+json")
                        .header("If-Match", "*").body(Map.of("description", "changed")).patch(base)),
                Map.entry("write! transition", t -> Api.responseValidated(token).contentType("application/json")
                        .body(Map.of("to", "achieved")).post(base + "/transitions")),
                Map.entry("write! revision", t -> Api.responseValidated(token).contentType("application/json")
                        .header("If-Match", "*").body(Map.of("startDate", Goals.START.toString(),
                                "targetDate", Goals.TARGET.plusDays(3).toString(), "target", Map.of("baseline", 52,
                                        "target", 95, "unit", "wpm", "direction", "higher")))
                        .post(base + "/revisions")),
                Map.entry("write! decision", t -> Api.responseValidated(token).contentType("application/json")
                        .body(Map.of("decision", "accept")).post(base + "/revisions/" + revision + "/decision")),
                Map.entry("write! withdraw", t -> Api.responseValidated(token).header("If-Match", "*").delete(base)));
    }
}
