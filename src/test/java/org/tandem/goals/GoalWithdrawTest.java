package org.tandem.goals;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/**
 * Withdrawing a proposal ({@code DELETE /api/v1/goals/{id}}): the account that proposed it, or an
 * administrator of the student's school, while it is still proposed; If-Match required. Nothing is
 * deleted: the goal stays readable with its history and leaves the lists. The matrix: each role ×
 * own / other family × confidential / not × other tenant.
 */
@QuarkusTest
class GoalWithdrawTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    static Response withdraw(String token, String goalId, String ifMatch) {
        var request = Api.responseValidated(token);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.delete("/api/v1/goals/" + goalId);
    }

    @Test
    void theProposerWithdrawsAProposalWhichStaysReadableWithItsHistoryAndLeavesTheLists() {
        String id = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
        withdraw(d.teacherA(), id, null).then().statusCode(428);
        withdraw(d.teacherA(), id, "\"99\"").then().statusCode(412);
        Goals.get(d.teacherA(), id).then().statusCode(200).body("status", equalTo("proposed"));

        withdraw(d.teacherA(), id, Goals.etag(d.teacherA(), id)).then().statusCode(200)
                .body("status", equalTo("withdrawn")).body("awaitingSide", org.hamcrest.Matchers.nullValue());
        Goals.get(d.guardianA(), id).then().statusCode(200).body("status", equalTo("withdrawn"));
        Api.validated(d.guardianA()).get("/api/v1/goals/" + id + "/transitions").then().statusCode(200)
                .body("to", contains("proposed", "withdrawn"))
                .body("[1].from", equalTo("proposed"))
                .body("[1].actorId", equalTo(d.teacherAAccount.toString()))
                .body("[1].side", equalTo("school"));

        for (String token : List.of(d.teacherA(), d.guardianA())) {
            assertFalse(Goals.ids(Api.validated(token).get("/api/v1/goals")).contains(id));
            assertFalse(Goals.ids(Api.validated(token).get("/api/v1/students/" + d.studentA + "/goals")).contains(id));
            assertTrue(Goals.ids(Api.validated(token).get("/api/v1/goals?status=withdrawn")).contains(id));
            assertTrue(Goals.ids(Api.validated(token).get("/api/v1/students/" + d.studentA + "/goals?status=withdrawn"))
                    .contains(id));
        }
        // Final: again, or any change, is a conflict.
        withdraw(d.teacherA(), id, Goals.etag(d.teacherA(), id)).then().statusCode(409)
                .body("code", equalTo("invalid_transition"));
        Goals.transition(d.guardianA(), id, "active", null).then().statusCode(409);
        Goals.checkIn(d.teacherA(), id, java.util.Map.of("value", 60)).then().statusCode(409)
                .body("code", equalTo("goal_not_active"));
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json")
                .header("If-Match", Goals.etag(d.teacherA(), id)).body(java.util.Map.of("description", "x"))
                .patch("/api/v1/goals/" + id).then().statusCode(409).body("code", equalTo("goal_closed"));
    }

    @Test
    void aGuardianWithdrawsTheirOwnProposalButNotTheSchools() {
        String theirs = Goals.proposed(d.guardianA(), d.studentA, Goals.readingGoal());
        String schools = Goals.proposed(d.teacherA(), d.studentA, Goals.milestoneGoal());
        withdraw(d.guardianA(), schools, Goals.etag(d.guardianA(), schools)).then().statusCode(403);
        withdraw(d.teacherA(), theirs, Goals.etag(d.teacherA(), theirs)).then().statusCode(403);
        withdraw(d.guardianA(), theirs, Goals.etag(d.guardianA(), theirs)).then().statusCode(200)
                .body("status", equalTo("withdrawn"));
        Goals.get(d.guardianA(), schools).then().statusCode(200).body("status", equalTo("proposed"));
    }

    @Test
    void anAgreedGoalIsDiscontinuedNotWithdrawn() {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        withdraw(d.teacherA(), id, Goals.etag(d.teacherA(), id)).then().statusCode(409)
                .body("code", equalTo("invalid_transition"));
        withdraw(d.schoolAdmin(), id, Goals.etag(d.schoolAdmin(), id)).then().statusCode(409);
        Goals.transition(d.teacherA(), id, "withdrawn", null).then().statusCode(422);
        Goals.get(d.teacherA(), id).then().statusCode(200).body("status", equalTo("active"));
    }

    /** Who may withdraw a proposal of teacher A, open or confidential (assigned to teacher A). */
    @Test
    void whoMayWithdraw() {
        String coTeacher = Goals.coTeacherOfClassA(d)[0];
        String withoutRights = Goals.guardian(d, d.studentA, false, true);
        String withoutGoals = Goals.guardian(d, d.studentA, true, false);
        TestDistrict other = TestDistrict.create();
        String integrator = TestTokens.forTenant(d.tenantId.toString(), UUID.randomUUID().toString(), Roles.INTEGRATOR);

        // caller, status for an open proposal, status for a confidential one (200: withdrawn)
        record Case(String who, String token, int open, int confidential) {
        }
        List<Case> cases = List.of(
                new Case("guardian A (rights, other side)", d.guardianA(), 403, 403),
                new Case("guardian without educational rights", withoutRights, 403, 404),
                new Case("guardian without the goals permission", withoutGoals, 404, 404),
                new Case("no-contact guardian", d.noContactGuardian(), 404, 404),
                new Case("other family", d.guardianB(), 404, 404),
                new Case("co-teacher (same side, not the proposer)", coTeacher, 403, 404),
                new Case("teacher of another class", d.teacherB(), 404, 404),
                new Case("other tenant's teacher", other.teacherA(), 404, 404),
                new Case("other tenant's guardian", other.guardianA(), 404, 404),
                new Case("other tenant's district admin", other.districtAdmin(), 404, 404),
                new Case("integrator", integrator, 403, 403),
                new Case("school admin", d.schoolAdmin(), 200, 200),
                new Case("district admin", d.districtAdmin(), 200, 200),
                new Case("teacher A (the proposer)", d.teacherA(), 200, 200));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String open = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
            String confidential = Goals.proposed(d.teacherA(), d.studentA, Goals.with(Goals.readingGoal(),
                    "confidential", true));
            check(failures, c.who() + " / open", c.token(), open, c.open());
            check(failures, c.who() + " / confidential", c.token(), confidential, c.confidential());
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private void check(List<String> failures, String who, String token, String goal, int expected) {
        int status = withdraw(token, goal, "*").statusCode();
        if (status != expected) {
            failures.add(who + ": expected " + expected + ", got " + status);
        }
        String after = Api.validated(d.teacherA()).get("/api/v1/goals/" + goal).then()
                .statusCode(200).extract().path("status");
        assertEquals(expected == 200 ? "withdrawn" : "proposed", after, who + " left the goal " + after);
    }
}
