package org.tandem.goals;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class GoalLifecycleTest {

    /** Records {@link GoalAchieved} as the celebrations feature would observe it. */
    @Singleton
    static class AchievementLog {
        static final List<GoalAchieved> SEEN = new CopyOnWriteArrayList<>();

        void on(@Observes GoalAchieved achieved) {
            SEEN.add(achieved);
        }
    }

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void aTeachersProposalBecomesActiveWhenTheFamilyAgrees() {
        String id = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
        Goals.get(d.guardianA(), id).then().statusCode(200).body("status", equalTo("proposed"))
                .body("proposedSide", equalTo("school")).body("awaitingSide", equalTo("family"))
                .body("awaitingMe", equalTo(true)).body("target.unit", equalTo("words per minute"));
        Goals.get(d.teacherA(), id).then().body("awaitingMe", equalTo(false));

        Goals.transition(d.guardianA(), id, "active", null).then().statusCode(200)
                .body("status", equalTo("active")).body("awaitingSide", nullValue()).body("agreedAt", notNullValue());
        Api.validated(d.teacherA()).get("/api/v1/goals/" + id + "/transitions").then().statusCode(200)
                .body("to", contains("proposed", "active"))
                .body("[1].from", equalTo("proposed")).body("[1].side", equalTo("family"))
                .body("[1].actorId", equalTo(d.guardianAAccount.toString()));
    }

    @Test
    void theProposingSideCannotAgreeToItsOwnGoal() {
        String id = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
        Goals.transition(d.teacherA(), id, "active", null).then().statusCode(403).body("code", equalTo("same_side"));
        Goals.transition(d.schoolAdmin(), id, "active", null).then().statusCode(403).body("code", equalTo("same_side"));

        String family = Goals.proposed(d.guardianA(), d.studentA, Goals.readingGoal());
        Goals.get(d.guardianA(), family).then().body("proposedSide", equalTo("family"));
        Goals.transition(d.guardianA(), family, "active", null).then().statusCode(403);
        Goals.transition(d.teacherA(), family, "active", null).then().statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void achievingAGoalFiresGoalAchievedAndTheGoalStaysReadable() {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        Goals.transition(d.guardianA(), id, "achieved", null).then().statusCode(200)
                .body("status", equalTo("achieved")).body("closedAt", notNullValue());
        GoalAchieved event = AchievementLog.SEEN.stream().filter(e -> e.goalId().toString().equals(id)).findFirst()
                .orElseThrow();
        assertEquals(d.studentA, event.studentId());
        assertEquals(d.guardianAAccount, event.achievedBy());
        assertEquals(Side.FAMILY, event.side());
        Goals.get(d.teacherA(), id).then().statusCode(200).body("status", equalTo("achieved"));
        Goals.transition(d.teacherA(), id, "discontinued", "changed our minds").then().statusCode(409)
                .body("code", equalTo("invalid_transition"));
        Goals.checkIn(d.teacherA(), id, Map.of("value", 91)).then().statusCode(409);
    }

    @Test
    void discontinuingNeedsAReasonAndIsKept() {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        Goals.transition(d.teacherA(), id, "discontinued", null).then().statusCode(422);
        Goals.transition(d.teacherA(), id, "discontinued", "   ").then().statusCode(422);
        Goals.get(d.teacherA(), id).then().body("status", equalTo("active"));
        Goals.transition(d.teacherA(), id, "discontinued", "Moved to a new reading programme").then().statusCode(200)
                .body("closedReason", equalTo("Moved to a new reading programme"));
        Api.validated(d.guardianA()).get("/api/v1/goals/" + id + "/transitions").then()
                .body("to", contains("proposed", "active", "discontinued"))
                .body("[2].reason", equalTo("Moved to a new reading programme"));
        Goals.checkIn(d.guardianA(), id, Map.of("value", 60)).then().statusCode(409)
                .body("code", equalTo("goal_not_active"));
    }

    @Test
    void aProposalCanBeDeclined() {
        String id = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
        Goals.transition(d.guardianA(), id, "discontinued", "Not now").then().statusCode(200)
                .body("status", equalTo("discontinued"));
        Goals.transition(d.guardianA(), id, "active", null).then().statusCode(409);
    }

    @Test
    void editsNeedIfMatch() {
        String id = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
        String etag = Goals.etag(d.teacherA(), id);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").body(Map.of("title", "Read!"))
                .patch("/api/v1/goals/" + id).then().statusCode(428);
        Api.validated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("title", "Read with expression")).patch("/api/v1/goals/" + id).then().statusCode(200)
                .body("title", equalTo("Read with expression"));
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("title", "Stale")).patch("/api/v1/goals/" + id).then().statusCode(412);
        Goals.get(d.teacherA(), id).then().body("title", equalTo("Read with expression"));
    }

    @Test
    void changingTheTermsOfAProposalMakesTheChangerTheProposer() {
        String id = Goals.proposed(d.teacherA(), d.studentA, Goals.readingGoal());
        Api.validated(d.guardianA()).contentType("application/merge-patch+json").header("If-Match", Goals.etag(d.guardianA(), id))
                .body(Map.of("target", Map.of("baseline", 52, "target", 80, "unit", "words per minute", "direction", "higher"))).patch("/api/v1/goals/" + id).then().statusCode(200)
                .body("target.target", equalTo(80.0f)).body("proposedSide", equalTo("family"))
                .body("awaitingSide", equalTo("school"));
        Goals.transition(d.guardianA(), id, "active", null).then().statusCode(403);
        Goals.transition(d.teacherA(), id, "active", null).then().statusCode(200);
    }

    @Test
    void anActiveGoalsTermsChangeOnlyThroughARevisionTheOtherSideAccepts() {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        String etag = Goals.etag(d.teacherA(), id);
        Api.responseValidated(d.teacherA()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("targetDate", Goals.TARGET.plusDays(30).toString())).patch("/api/v1/goals/" + id)
                .then().statusCode(409).body("code", equalTo("revision_required"));

        Map<String, Object> revision = Map.of("startDate", Goals.START.toString(),
                "targetDate", Goals.TARGET.plusDays(30).toString(),
                "target", Map.of("baseline", 52, "target", 100, "unit", "words per minute", "direction", "higher"),
                "note", "Maya is flying");
        Api.responseValidated(d.teacherA()).contentType("application/json").body(revision)
                .post("/api/v1/goals/" + id + "/revisions").then().statusCode(428);
        String revisionId = Api.validated(d.teacherA()).contentType("application/json").header("If-Match", etag)
                .body(revision).post("/api/v1/goals/" + id + "/revisions").then().statusCode(200)
                .body("target.target", equalTo(90.0f)).body("pendingRevision.target.target", equalTo(100.0f))
                .body("awaitingSide", equalTo("family")).extract().path("pendingRevision.id");
        Goals.get(d.guardianA(), id).then().body("awaitingMe", equalTo(true))
                .body("targetDate", equalTo(Goals.TARGET.toString()))
                .body("pendingRevision.targetDate", equalTo(Goals.TARGET.plusDays(30).toString()));
        Api.responseValidated(d.teacherA()).contentType("application/json").header("If-Match", Goals.etag(d.teacherA(), id))
                .body(revision).post("/api/v1/goals/" + id + "/revisions").then().statusCode(409)
                .body("code", equalTo("revision_pending"));

        String decide = "/api/v1/goals/" + id + "/revisions/" + revisionId + "/decision";
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("decision", "accept"))
                .post(decide).then().statusCode(403);
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("decision", "accept"))
                .post(decide).then().statusCode(200).body("target.target", equalTo(100.0f))
                .body("targetDate", equalTo(Goals.TARGET.plusDays(30).toString()))
                .body("pendingRevision", nullValue()).body("awaitingSide", nullValue());
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("decision", "decline"))
                .post(decide).then().statusCode(409).body("code", equalTo("revision_decided"));
    }

    @Test
    void aDeclinedRevisionLeavesTheAgreedTerms() {
        String id = Goals.activeGoal(d, Goals.readingGoal());
        Map<String, Object> revision = Map.of("startDate", Goals.START.toString(),
                "targetDate", Goals.TARGET.plusDays(10).toString(),
                "target", Map.of("baseline", 52, "target", 70, "unit", "words per minute", "direction", "higher"));
        String revisionId = Api.validated(d.guardianA()).contentType("application/json")
                .header("If-Match", Goals.etag(d.guardianA(), id)).body(revision)
                .post("/api/v1/goals/" + id + "/revisions").then().statusCode(200).extract().path("pendingRevision.id");
        String before = Goals.etag(d.teacherA(), id);
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("decision", "decline"))
                .post("/api/v1/goals/" + id + "/revisions/" + revisionId + "/decision").then().statusCode(200)
                .body("target.target", equalTo(90.0f)).body("pendingRevision", nullValue());
        assertNotEquals(before, Goals.etag(d.teacherA(), id));
    }
}
