package org.tandem.celebrations;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Reactions under concurrency, bad input, the timeline, and celebrating an achieved goal. */
@QuarkusTest
class CelebrationBehaviourTest {

    @Test
    void thirtyIdenticalReactionsAtOnceMakeOne() throws Exception {
        TestDistrict d = TestDistrict.create();
        String id = Celebrations.studentCelebration(d);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                results.add(pool.submit(() -> Celebrations.react(d.guardianA(), id, "heart").statusCode()));
            }
            int created = 0;
            for (Future<Integer> r : results) {
                int status = r.get();
                assertTrue(status == 201 || status == 200, "status " + status);
                created += status == 201 ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        Celebrations.get(d.guardianA(), id).then().statusCode(200)
                .body("reactions.size()", is(1)).body("reactions[0].reaction", is("heart"))
                .body("reactions[0].count", is(1)).body("reactions[0].mine", is(true));
        Celebrations.get(d.teacherA(), id).then().body("reactions[0].mine", is(false));
        Celebrations.react(d.guardianA(), id, "heart").then().statusCode(200);
        Api.responseValidated(d.guardianA()).delete("/api/v1/celebrations/" + id + "/reactions/heart").then().statusCode(204);
        Api.responseValidated(d.guardianA()).delete("/api/v1/celebrations/" + id + "/reactions/heart").then().statusCode(204);
        Celebrations.get(d.guardianA(), id).then().body("reactions.size()", is(0));
    }

    @Test
    void countsStayExactUnderConcurrentAddsAndRemoves() throws Exception {
        TestDistrict d = TestDistrict.create();
        String id = Celebrations.studentCelebration(d);
        List<String> people = List.of(d.guardianA(), d.teacherA(), d.schoolAdmin(), d.districtAdmin());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                String token = people.get(p);
                boolean endsReacted = p % 2 == 0;
                for (String reaction : List.of("clap", "star")) {
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 8; i++) {
                            Celebrations.react(token, id, reaction).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
                            Api.responseValidated(token).delete("/api/v1/celebrations/" + id + "/reactions/" + reaction)
                                    .then().statusCode(204);
                        }
                        if (endsReacted) {
                            Celebrations.react(token, id, reaction).then().statusCode(201);
                        }
                    }));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Response view = Celebrations.get(d.guardianA(), id);
        List<Map<String, Object>> counts = view.jsonPath().getList("reactions");
        assertEquals(2, counts.size(), counts.toString());
        for (Map<String, Object> count : counts) {
            assertEquals(2, count.get("count"), count.toString());
            assertEquals(true, count.get("mine"), count.toString());
        }
        long rows = d.inTenantReturning(em -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM celebration_reaction WHERE celebration_id = ?1")
                .setParameter(1, java.util.UUID.fromString(id)).getSingleResult()).longValue());
        assertEquals(4, rows);
    }

    @Test
    void badInputIsAClear4xxAndChangesNothing() {
        TestDistrict d = TestDistrict.create();
        String id = Celebrations.studentCelebration(d);
        String retired = Celebrations.badge(d, "Old badge");
        String etag = Api.validated(d.districtAdmin()).get("/api/v1/badges/" + retired).then().extract().header("ETag");
        Api.responseValidated(d.districtAdmin()).contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/badges/" + retired).then().statusCode(428);
        Api.responseValidated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("active", false)).patch("/api/v1/badges/" + retired).then().statusCode(200).body("active", is(false));
        Api.responseValidated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("name", "old BADGE", "symbol", "star")).post("/api/v1/badges").then().statusCode(409)
                .body("code", is("badge_name_taken"));
        Api.raw(d.districtAdmin()).contentType("application/json").body(Map.of("name", "Wand", "symbol", "wand"))
                .post("/api/v1/badges").then().statusCode(400);

        Celebrations.react(d.guardianA(), id, "thumbs_down").then().statusCode(400);
        Api.responseValidated(d.guardianA()).delete("/api/v1/celebrations/" + id + "/reactions/thumbs_down").then().statusCode(400);
        Celebrations.celebrateStudent(d.teacherA(), d.studentA, Celebrations.recognition("  ")).then().statusCode(422);
        Map<String, Object> withRetired = Celebrations.recognition("With a badge");
        withRetired.put("badgeId", retired);
        Celebrations.celebrateStudent(d.teacherA(), d.studentA, withRetired).then().statusCode(422).body("code", is("badge_retired"));
        Map<String, Object> unknownBadge = Celebrations.recognition("With a badge");
        unknownBadge.put("badgeId", java.util.UUID.randomUUID().toString());
        Celebrations.celebrateStudent(d.teacherA(), d.studentA, unknownBadge).then().statusCode(422);
        Map<String, Object> unknownField = Celebrations.recognition("Extra");
        unknownField.put("points", 10);
        Api.raw(d.teacherA()).contentType("application/json").body(unknownField)
                .post("/api/v1/students/" + d.studentA + "/celebrations").then().statusCode(400);
        Map<String, Object> badCategory = Celebrations.recognition("Category");
        badCategory.put("category", "leaderboard");
        Api.raw(d.teacherA()).contentType("application/json").body(badCategory)
                .post("/api/v1/students/" + d.studentA + "/celebrations").then().statusCode(400);
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "x".repeat(501)))
                .post("/api/v1/celebrations/" + id + "/replies").then().statusCode(422);
        Api.responseValidated(d.guardianA()).contentType("application/json")
                .body(Map.of("staffId", d.teacherAStaffId.toString(), "note", "x".repeat(1001)))
                .post("/api/v1/appreciations").then().statusCode(422);
        // Editing: If-Match is required, a stale one is refused, a retired badge too.
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").body(Map.of("title", "New"))
                .patch("/api/v1/celebrations/" + id).then().statusCode(428);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", "\"99\"")
                .body(Map.of("title", "New")).patch("/api/v1/celebrations/" + id).then().statusCode(412);
        String current = Celebrations.get(d.teacherA(), id).header("ETag");
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", current)
                .body(Map.of("badgeId", retired)).patch("/api/v1/celebrations/" + id).then().statusCode(422);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", current)
                .body(Map.of("title", "")).patch("/api/v1/celebrations/" + id).then().statusCode(422);

        // Nothing changed: one celebration, no reaction, no reply, no appreciation.
        Api.validated(d.guardianA()).get("/api/v1/students/" + d.studentA + "/timeline").then().statusCode(200)
                .body("items.size()", is(1)).body("items[0].celebration.title", is("Helped a classmate"))
                .body("items[0].celebration.containsKey(\"badge\")", is(false)).body("items[0].celebration.reactions.size()", is(0));
        Api.validated(d.guardianA()).get("/api/v1/celebrations/" + id + "/replies").then().body("items.size()", is(0));
        Api.validated(d.teacherA()).get("/api/v1/appreciations").then().body("items.size()", is(0));
    }

    @Test
    void repliesAreSeenByTheAuthorAndTheFamilyAndCanBeReported() {
        TestDistrict d = TestDistrict.create();
        String id = Celebrations.studentCelebration(d);
        String reply = Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "Thank you!"))
                .post("/api/v1/celebrations/" + id + "/replies").then().statusCode(201).extract().path("id");
        Api.validated(d.schoolAdmin()).contentType("application/json").body(Map.of("body", "Proud of Sam"))
                .post("/api/v1/celebrations/" + id + "/replies").then().statusCode(201);
        Api.validated(d.teacherA()).get("/api/v1/celebrations/" + id + "/replies").then().body("items.size()", is(2));
        Api.validated(d.guardianA()).get("/api/v1/celebrations/" + id + "/replies").then().body("items.size()", is(2));
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("reason", "spam"))
                .post("/api/v1/celebrations/" + id + "/replies/" + reply + "/reports").then().statusCode(422)
                .body("code", is("own_reply"));
        String report = Api.validated(d.teacherA()).contentType("application/json").body(Map.of("reason", "inappropriate"))
                .post("/api/v1/celebrations/" + id + "/replies/" + reply + "/reports").then().statusCode(201)
                .extract().path("id");
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("reason", "inappropriate"))
                .post("/api/v1/celebrations/" + id + "/replies/" + reply + "/reports").then().statusCode(409);
        Api.validated(d.schoolAdmin()).get("/api/v1/moderation/celebration-reply-reports").then().statusCode(200)
                .body("items.size()", is(1)).body("items[0].reply.body", is("Thank you!"));
        Api.validated(TestDistrict.create().districtAdmin()).get("/api/v1/moderation/celebration-reply-reports")
                .then().body("items.size()", is(0));
        Api.validated(d.teacherA()).get("/api/v1/moderation/celebration-reply-reports").then().statusCode(403);
        Api.validated(d.schoolAdmin()).contentType("application/json").body(Map.of("outcome", "actioned", "removeReply", true))
                .post("/api/v1/moderation/celebration-reply-reports/" + report + "/resolve").then().statusCode(200)
                .body("state", is("actioned")).body("replyRemoved", is(true));
        Api.validated(d.guardianA()).get("/api/v1/celebrations/" + id + "/replies").then().body("items.size()", is(1));
    }

    @Test
    void achievingAGoalCelebratesItInTheSameRequestAndTheTimelineShowsBoth() {
        TestDistrict d = TestDistrict.create();
        String badge = Celebrations.badge(d, "Reader");
        String goal = activeMilestoneGoal(d, false);
        Map<String, Object> celebrate = new HashMap<>(Map.of("message", "Sam did it!", "badgeId", badge));
        Response achieved = Api.responseValidated(d.teacherA()).contentType("application/json")
                .body(Map.of("to", "achieved", "celebration", celebrate)).post("/api/v1/goals/" + goal + "/transitions");
        achieved.then().statusCode(200).body("status", is("achieved"));
        String celebration = achieved.jsonPath().getString("celebrationId");
        Celebrations.get(d.guardianA(), celebration).then().statusCode(200).body("goalId", is(goal))
                .body("title", is("Achieved: Pack the school bag alone")).body("category", is("milestone"))
                .body("badge.name", is("Reader"));
        Response timeline = Api.responseValidated(d.guardianA()).get("/api/v1/students/" + d.studentA + "/timeline");
        timeline.then().statusCode(200);
        List<String> kinds = timeline.jsonPath().getList("items.kind");
        assertTrue(kinds.contains("celebration") && kinds.contains("goal_achieved") && kinds.contains("milestone_reached"),
                kinds.toString());
        Map<String, Object> goalItem = timeline.jsonPath().getMap("items.find { it.kind == 'goal_achieved' }");
        assertEquals(celebration, goalItem.get("celebrationId"));

        // A retired badge refuses the achievement too: both or neither.
        String other = activeMilestoneGoal(d, false);
        String etag = Api.validated(d.districtAdmin()).get("/api/v1/badges/" + badge).then().extract().header("ETag");
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("active", false)).patch("/api/v1/badges/" + badge).then().statusCode(200);
        Api.responseValidated(d.teacherA()).contentType("application/json")
                .body(Map.of("to", "achieved", "celebration", Map.of("badgeId", badge)))
                .post("/api/v1/goals/" + other + "/transitions").then().statusCode(422);
        Api.validated(d.teacherA()).get("/api/v1/goals/" + other).then().body("status", is("active"));
        Api.responseValidated(d.teacherA()).contentType("application/json")
                .body(Map.of("to", "discontinued", "reason", "x", "celebration", Map.of()))
                .post("/api/v1/goals/" + other + "/transitions").then().statusCode(422);
    }

    @Test
    void aConfidentialGoalsCelebrationKeepsTheGoalsAudience() {
        TestDistrict d = TestDistrict.create();
        String goal = activeMilestoneGoal(d, true);
        String celebration = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("to", "achieved", "celebration", Map.of("title", "IEP goal met")))
                .post("/api/v1/goals/" + goal + "/transitions").then().statusCode(200).extract().path("celebrationId");
        String withoutRights = withoutEducationalRights(d);
        Celebrations.get(d.guardianA(), celebration).then().statusCode(200);
        Celebrations.get(withoutRights, celebration).then().statusCode(404);
        List<String> ids = Api.validated(withoutRights).get("/api/v1/students/" + d.studentA + "/timeline").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        assertFalse(ids.contains(celebration) || ids.contains(goal), ids.toString());
    }

    @Test
    void theTimelinePagesNewestFirstWithoutGapsOrRepeats() {
        TestDistrict d = TestDistrict.create();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(0, Celebrations.celebrateStudent(d.teacherA(), d.studentA, Celebrations.recognition("No. " + i))
                    .then().statusCode(201).extract().path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.validated(d.guardianA()).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/students/" + d.studentA + "/timeline");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        assertEquals(made, seen);
        Api.responseValidated(d.guardianA()).queryParam("cursor", "forged.cursor")
                .get("/api/v1/students/" + d.studentA + "/timeline").then().statusCode(400);
    }

    /** A milestone goal of student A proposed by teacher A (confidential: assigned to them) and agreed by guardian A. */
    private static String activeMilestoneGoal(TestDistrict d, boolean confidential) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", "Pack the school bag alone");
        goal.put("category", "social_emotional");
        goal.put("startDate", TestDistrict.today().minusDays(30).toString());
        goal.put("targetDate", TestDistrict.today().plusDays(30).toString());
        goal.put("milestones", List.of("With a checklist", "Without reminders"));
        if (confidential) {
            goal.put("confidential", true);
        }
        String id = Api.validated(d.teacherA()).contentType("application/json").body(goal)
                .post("/api/v1/students/" + d.studentA + "/goals").then().statusCode(201).extract().path("id");
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("to", "active"))
                .post("/api/v1/goals/" + id + "/transitions").then().statusCode(200);
        String milestone = Api.validated(d.teacherA()).get("/api/v1/goals/" + id).then().extract().path("milestones[0].id");
        Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("date", TestDistrict.today().toString(), "milestoneIds", List.of(milestone)))
                .post("/api/v1/goals/" + id + "/check-ins").then().statusCode(201);
        return id;
    }

    private static String withoutEducationalRights(TestDistrict d) {
        java.util.UUID[] holder = new java.util.UUID[1];
        d.inTenant(em -> {
            var a = new org.tandem.identity.Account("nr-" + java.util.UUID.randomUUID() + "@family.test", "No Rights", null);
            em.persist(a);
            var g = new org.tandem.directory.Guardian("No", "Rights", a.email(), null, "en", null);
            g.linkAccount(a.id());
            em.persist(g);
            em.persist(new org.tandem.directory.Guardianship(d.studentA, g.id(), org.tandem.directory.Relationship.GRANDPARENT,
                    false, org.tandem.directory.Guardianship.Permissions.ALL, false, null));
            holder[0] = a.id();
        });
        return org.tandem.testsupport.TestTokens.forTenant(d.tenantId.toString(), holder[0].toString(),
                org.tandem.access.Roles.GUARDIAN);
    }
}
