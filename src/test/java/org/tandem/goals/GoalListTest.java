package org.tandem.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.identity.JoiningFixtures;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** The lists: what awaits the caller first, then open goals by target date, then closed ones; keyset pages; audit. */
@QuarkusTest
class GoalListTest {

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    private String goal(String token, int daysToTarget) {
        return Goals.proposed(token, d.studentA, Goals.with(Goals.readingGoal(), "targetDate",
                Goals.START.plusDays(60 + daysToTarget).toString()));
    }

    @Test
    void whatAwaitsMeComesFirstThenOpenGoalsByTargetDateThenClosedOnes() {
        String closed = goal(d.teacherA(), 1);
        Goals.transition(d.teacherA(), closed, "discontinued", "Replaced").then().statusCode(200);
        String awaitingFamilyLate = goal(d.teacherA(), 50);
        String awaitingFamilySoon = goal(d.teacherA(), 40);
        String awaitingSchool = goal(d.guardianA(), 5);
        String active = goal(d.teacherA(), 10);
        Goals.transition(d.guardianA(), active, "active", null).then().statusCode(200);

        List<String> family = Goals.ids(Api.validated(d.guardianA()).get("/api/v1/goals"));
        assertEquals(List.of(awaitingFamilySoon, awaitingFamilyLate, awaitingSchool, active, closed), family);
        List<String> school = Goals.ids(Api.validated(d.teacherA()).get("/api/v1/students/" + d.studentA + "/goals"));
        assertEquals(List.of(awaitingSchool, active, awaitingFamilySoon, awaitingFamilyLate, closed), school);

        assertEquals(List.of(active), Goals.ids(Api.validated(d.guardianA()).get("/api/v1/goals?status=active")));
        assertEquals(List.of(), Goals.ids(Api.validated(d.guardianA()).get("/api/v1/goals?category=behavior")));
        assertEquals(List.of(), Goals.ids(Api.validated(d.guardianB()).get("/api/v1/goals")));
    }

    @Test
    void pagesWalkTheWholeListOnce() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(goal(i % 2 == 0 ? d.teacherA() : d.guardianA(), i * 3));
        }
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var page = Api.validated(d.guardianA()).queryParam("limit", 2)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/api/v1/goals")
                    .then().statusCode(200).extract();
            walked.addAll(page.jsonPath().getList("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(5, walked.size());
        assertEquals(Goals.ids(Api.validated(d.guardianA()).get("/api/v1/goals")), walked);
        String studentCursor = Api.validated(d.guardianA()).queryParam("limit", 2)
                .get("/api/v1/students/" + d.studentA + "/goals").then().extract().path("nextCursor");
        Api.responseValidated(d.guardianA()).queryParam("cursor", studentCursor).get("/api/v1/goals").then().statusCode(400);
        assertNull(Api.validated(d.guardianA()).queryParam("limit", 100).get("/api/v1/goals").then().extract()
                .path("nextCursor"));
    }

    @Test
    void readsOfAStudentsGoalsGoToTheAuditLog() {
        String id = goal(d.teacherA(), 5);
        long before = audit("goals.%");
        Goals.get(d.guardianA(), id).then().statusCode(200);
        Api.validated(d.teacherA()).get("/api/v1/students/" + d.studentA + "/goals").then().statusCode(200);
        Api.validated(d.guardianA()).get("/api/v1/goals").then().statusCode(200);
        Api.validated(d.guardianA()).get("/api/v1/goals/" + id + "/progress").then().statusCode(200);
        assertEquals(before + 4, audit("goals.%"));
        assertEquals(1, JoiningFixtures.count(d, "SELECT count(*) FROM audit_event WHERE tenant_id = :tenant"
                + " AND action = 'goals.read' AND purpose = 'family' AND actor_id = CAST(:p1 AS uuid)",
                d.guardianAAccount.toString()));
        Goals.get(d.guardianB(), id).then().statusCode(404);
        assertEquals(before + 4, audit("goals.%"), "a refused read is not a read");
    }

    private long audit(String action) {
        return JoiningFixtures.count(d, "SELECT count(*) FROM audit_event WHERE tenant_id = :tenant"
                + " AND student_id = CAST(:p1 AS uuid) AND action LIKE :p2", d.studentA.toString(), action);
    }
}
