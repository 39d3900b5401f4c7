package org.tandem.goals;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.identity.JoiningFixtures;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Bad input is a problem-details 4xx that changes nothing. */
@QuarkusTest
class GoalInputTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    private long goals() {
        return JoiningFixtures.count(d, "SELECT count(*) FROM goal WHERE tenant_id = :tenant");
    }

    private static Map<String, Object> target(Object baseline, Object target, Object unit, Object direction) {
        Map<String, Object> t = new HashMap<>();
        t.put("baseline", baseline);
        t.put("target", target);
        t.put("unit", unit);
        t.put("direction", direction);
        return t;
    }

    @Test
    void invalidGoalsAreRefusedAndNothingIsStored() {
        Map<String, Object> good = Goals.readingGoal();
        List<Map<String, Object>> bad = List.of(
                Goals.with(good, "targetDate", Goals.START.minusDays(1).toString()),
                Goals.with(good, "targetDate", Goals.START.toString()),
                Goals.with(good, "target", target(52, 90, null, "higher")),
                Goals.with(good, "target", target(52, 90, " ", "higher")),
                Goals.with(good, "target", target(52, 52, "wpm", "higher")),
                Goals.with(good, "target", target(52, 40, "wpm", "higher")),
                Goals.with(good, "target", target(52, 90, "wpm", "sideways")),
                Goals.with(Goals.with(good, "target", null), "milestones", null),
                Goals.with(good, "milestones", List.of("one")),
                Goals.with(good, "title", "x".repeat(201)),
                Goals.with(good, "title", ""),
                Goals.with(good, "description", "x".repeat(4001)),
                Goals.with(good, "category", "sports"),
                Goals.with(good, "colour", "blue"),
                Goals.with(good, "status", "active"),
                Goals.with(good, "startDate", "yesterday"),
                Goals.with(good, "targetDate", Goals.START.plusYears(4).toString()));
        for (Map<String, Object> body : bad) {
            int status = Goals.propose(d.teacherA(), d.studentA, body).then().contentType("application/problem+json")
                    .extract().statusCode();
            assertEquals(4, status / 100, body.toString());
        }
        assertEquals(0, goals());
    }

    @Test
    void badCheckInsAreRefusedAndNothingIsStored() {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        List<Map<String, Object>> bad = List.of(
                Map.of(),
                Map.of("note", "   "),
                Map.of("value", 60, "date", Goals.START.minusDays(1).toString()),
                Map.of("value", 60, "date", java.time.LocalDate.now().plusDays(2).toString()),
                Map.of("value", 60, "note", "x".repeat(2001)),
                Map.of("value", "sixty"),
                Map.of("value", 60, "mood", "happy"),
                Map.of("milestoneIds", List.of(java.util.UUID.randomUUID().toString())));
        for (Map<String, Object> body : bad) {
            int status = Goals.checkIn(d.teacherA(), id, body).then().contentType("application/problem+json")
                    .extract().statusCode();
            assertEquals(4, status / 100, body.toString());
        }
        assertEquals(0, JoiningFixtures.count(d, "SELECT count(*) FROM goal_check_in WHERE tenant_id = :tenant"));
    }

    @Test
    void aCheckInOnAProposedOrDiscontinuedGoalIsAConflict() {
        String proposed = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
        Goals.checkIn(d.teacherA(), proposed, Map.of("value", 60)).then().statusCode(409).body("code", equalTo("goal_not_active"));
        Goals.transition(d.teacherA(), proposed, "discontinued", "Never mind").then().statusCode(200);
        Goals.checkIn(d.guardianA(), proposed, Map.of("value", 60)).then().statusCode(409);
        assertEquals(0, JoiningFixtures.count(d, "SELECT count(*) FROM goal_check_in WHERE tenant_id = :tenant"));
    }

    @Test
    void unknownTransitionsAndPatchesAreRefused() {
        String id = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("to", "celebrated"))
                .post("/api/v1/goals/" + id + "/transitions").then().statusCode(400);
        Goals.transition(d.guardianA(), id, "proposed", null).then().statusCode(422);
        String etag = Goals.etag(d.teacherA(), id);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("status", "achieved")).patch("/api/v1/goals/" + id).then().statusCode(400);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("targetDate", Goals.START.minusDays(3).toString())).patch("/api/v1/goals/" + id)
                .then().statusCode(422);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("title", "y".repeat(201))).patch("/api/v1/goals/" + id).then().statusCode(422);
        Goals.get(d.teacherA(), id).then().body("status", equalTo("proposed")).body("title", equalTo("Read more fluently"))
                .header("ETag", etag);
    }

    @Test
    void aListRefusesBadFiltersAndForgedCursors() {
        Api.responseValidated(d.guardianA()).get("/api/v1/goals?status=done").then().statusCode(400);
        Api.responseValidated(d.guardianA()).get("/api/v1/goals?category=sports").then().statusCode(400);
        Api.responseValidated(d.guardianA()).get("/api/v1/goals?limit=101").then().statusCode(400);
        Api.responseValidated(d.guardianA()).get("/api/v1/goals?cursor=abc.def").then().statusCode(400);
        Api.responseValidated(d.guardianA()).get("/api/v1/students/" + d.studentA + "/goals?cursor=abc.def")
                .then().statusCode(400);
    }
}
