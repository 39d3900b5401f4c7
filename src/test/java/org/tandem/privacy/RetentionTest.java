package org.tandem.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** A district's retention policy, its dry run, and the daily run that enforces it once. */
@QuarkusTest
class RetentionTest {

    private static final String POLICY = "/api/v1/retention/policy";

    private TestDistrict d;
    private String thread;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        thread = Messaging.studentThread(d.teacherA(), d.studentA, "Field trip forms went home in 2024");
        Messaging.post(d.guardianA(), thread, "Signed and returned today").then().statusCode(201);
    }

    private void age(String sqlText) {
        d.inTenant(em -> em.createNativeQuery(sqlText).executeUpdate());
    }

    private Map<String, Object> policy(int messages) {
        return Map.of("messagesDays", messages, "celebrationsDays", 730, "closedGoalsDays", 365, "notificationsDays", 30,
                "auditRecordsDays", 1095, "deliveriesDays", 30);
    }

    private void setMessagesDays(int days) {
        String etag = Api.validated(d.districtAdmin()).get(POLICY).then().statusCode(200).extract().header("ETag");
        Api.validated(d.districtAdmin()).header("If-Match", etag).contentType("application/json").body(policy(days)).put(POLICY)
                .then().statusCode(200).body("messagesDays", equalTo(days)).body("defaults", equalTo(false));
    }

    @Test
    void theDefaultsHoldUntilTheDistrictSetsItsOwnUnderIfMatch() {
        Api.validated(d.districtAdmin()).get(POLICY).then().statusCode(200).body("defaults", equalTo(true))
                .body("messagesDays", equalTo(1095)).body("auditRecordsDays", equalTo(1095)).body("deliveriesDays", equalTo(30));
        Api.responseValidated(d.districtAdmin()).contentType("application/json").body(policy(400)).put(POLICY).then().statusCode(428);
        Api.responseValidated(d.districtAdmin()).header("If-Match", "\"7\"").contentType("application/json").body(policy(400)).put(POLICY)
                .then().statusCode(412);
        Api.responseValidated(d.districtAdmin()).header("If-Match", "\"0\"").contentType("application/json").body(policy(5)).put(POLICY)
                .then().statusCode(422);
        setMessagesDays(400);
        Api.validated(TestDistrict.create().districtAdmin()).get(POLICY).then().body("defaults", equalTo(true));
    }

    @Test
    void aDryRunSaysWhatWouldGoAndRemovesNothing() {
        age("UPDATE message SET created_at = now() - interval '500 days' WHERE thread_id = '" + thread + "' AND seq = 1");
        setMessagesDays(400);
        Api.validated(d.districtAdmin()).post("/api/v1/retention/dry-run").then().statusCode(200).body("dryRun", equalTo(true))
                .body("categories.find { it.category == 'messages' }.rows", equalTo(1))
                .body("categories.find { it.category == 'messages' }.keepDays", equalTo(400))
                .body("categories.find { it.category == 'notifications' }.enforced", equalTo(true));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages").then().body("items.size()", equalTo(2));
    }

    @Test
    void theDailyRunRemovesWhatIsPastItsPeriodOnceADay() {
        age("UPDATE message SET created_at = now() - interval '500 days' WHERE thread_id = '" + thread + "' AND seq = 1");
        setMessagesDays(400);
        RetentionJob job = Arc.container().instance(RetentionJob.class).get();
        job.runAll();
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items.body", not(hasItem("Field trip forms went home in 2024")));
        Api.validated(d.districtAdmin()).get("/api/v1/retention/runs").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].removed.messages", equalTo(1));
        // The same day again (another instance, a second beat): nothing more happens.
        age("UPDATE message SET created_at = now() - interval '500 days' WHERE thread_id = '" + thread + "'");
        job.runAll();
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages").then().body("items.size()", equalTo(1));
        Api.validated(d.districtAdmin()).get("/api/v1/retention/runs").then().body("items.size()", equalTo(1));
    }

    @Test
    void aCelebratedGoalAndItsCelebrationGoEachWithItsOwnPeriod() {
        String goal = Api.validated(d.teacherA()).contentType("application/json").body(Map.of("title", "Tie shoes", "category",
                "social_emotional", "startDate", java.time.LocalDate.now().minusDays(5).toString(), "targetDate",
                java.time.LocalDate.now().plusDays(30).toString(), "milestones", List.of("Left", "Right")))
                .post("/api/v1/students/" + d.studentA + "/goals").then().statusCode(201).extract().path("id");
        String celebration = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("title", "Tied both shoes", "category", "milestone"))
                .post("/api/v1/students/" + d.studentA + "/celebrations").then().statusCode(201).extract().path("id");
        age("UPDATE goal SET status = 'achieved', closed_at = now() - interval '400 days', celebration_id = '" + celebration
                + "' WHERE id = '" + goal + "'");
        age("UPDATE celebration SET goal_id = '" + goal + "' WHERE id = '" + celebration + "'");
        String etag = Api.validated(d.districtAdmin()).get(POLICY).then().extract().header("ETag");
        Api.validated(d.districtAdmin()).header("If-Match", etag).contentType("application/json").body(policy(1095)).put(POLICY)
                .then().statusCode(200); // closed goals 365 days, celebrations 730
        Arc.container().instance(RetentionJob.class).get().runAll();
        Api.responseValidated(d.teacherA()).get("/api/v1/goals/" + goal).then().statusCode(404);
        Api.validated(d.teacherA()).get("/api/v1/celebrations/" + celebration).then().statusCode(200)
                .body("goalId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void onlyTheDistrictAdministratorManagesRetention() {
        for (String token : List.of(d.teacherA(), d.guardianA(), d.schoolAdmin(), d.noContactGuardian())) {
            Api.responseValidated(token).get(POLICY).then().statusCode(403);
            Api.responseValidated(token).header("If-Match", "\"0\"").contentType("application/json").body(policy(400)).put(POLICY)
                    .then().statusCode(403);
            Api.responseValidated(token).post("/api/v1/retention/dry-run").then().statusCode(403);
            Api.responseValidated(token).get("/api/v1/retention/runs").then().statusCode(403);
        }
        assertEquals(true, Api.validated(d.districtAdmin()).get(POLICY).then().extract().<Boolean>path("defaults"));
    }
}
