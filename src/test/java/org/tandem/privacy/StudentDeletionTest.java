package org.tandem.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** A district administrator deletes a student: nothing about them is left anywhere, and every former resource is 404. */
@QuarkusTest
class StudentDeletionTest {

    private TestDistrict d;
    private StudentRecords r;

    @BeforeEach
    void student() {
        d = TestDistrict.create();
        r = StudentRecords.of(d);
    }

    private io.restassured.response.Response delete(String token) {
        return Api.responseValidated(token).post("/api/v1/students/" + d.studentA + "/erasure");
    }

    @Test
    void afterADeletionNoTableOfTheSchemaRefersToTheStudentOrHoldsTheirName() {
        Map<String, Long> before = CatalogScan.find(d.studentA, r.phrases());
        // The scan is not vacuous: the student is in many features' tables before.
        for (String column : new String[] {"student.id", "thread.student_id", "message.body", "message_translation.body",
                "goal.student_id", "goal_check_in.note", "celebration.student_id", "celebration_reply.body", "conference_booking.student_id",
                "event_rsvp.household_key", "invitation.student_id", "audit_event.student_id", "domain_event.data",
                "idempotency_record.body", "message.search", "notification.data", "live_event.data"}) {
            assertTrue(before.containsKey(column), column + " not found before the deletion: " + before);
        }

        Api.validated(d.districtAdmin()).post("/api/v1/students/" + d.studentA + "/erasure").then().statusCode(201)
                .body("kind", equalTo("student")).body("orderedBy", equalTo(d.districtAdminAccount.toString()))
                .body("rowsRemoved.messaging", greaterThan(5)).body("rowsRemoved.goals", greaterThan(3))
                .body("rowsRemoved.directory", greaterThan(2));

        assertEquals(Map.of(), CatalogScan.find(d.studentA, r.phrases()));
    }

    @Test
    void theRecordsOfTheStudentsThreadLeaveNoTraceInNotificationsOrWebhookDeliveries() {
        UUID message = UUID.fromString(r.firstMessage);
        Map<String, Long> before = CatalogScan.find(message, java.util.List.of());
        assertTrue(before.containsKey("webhook_delivery.subject_id"), "the integration was sent the message: " + before);
        assertTrue(before.containsKey("notification.subject_id") || before.containsKey("notification.data"),
                "the family was notified of the message: " + before);
        delete(d.districtAdmin()).then().statusCode(201);
        assertEquals(Map.of(), CatalogScan.find(message, java.util.List.of()));
        assertEquals(Map.of(), CatalogScan.find(UUID.fromString(r.thread), java.util.List.of()));
    }

    @Test
    void everyFormerResourceIsNotFound() {
        delete(d.districtAdmin()).then().statusCode(201);
        String admin = d.districtAdmin();
        for (String path : new String[] {"/api/v1/students/" + d.studentA, "/api/v1/threads/" + r.thread,
                "/api/v1/threads/" + r.thread + "/messages", "/api/v1/goals/" + r.goal, "/api/v1/goals/" + r.goal + "/check-ins",
                "/api/v1/celebrations/" + r.celebration, "/api/v1/students/" + d.studentA + "/goals",
                "/api/v1/students/" + d.studentA + "/timeline", "/api/v1/students/" + d.studentA + "/audit-events",
                "/api/v1/students/" + d.studentA + "/disclosures"}) {
            Api.responseValidated(admin).get(path).then().statusCode(404);
        }
        Api.responseValidated(d.guardianA()).get("/api/v1/threads/" + r.thread).then().statusCode(404);
        Api.responseValidated(d.teacherA()).get("/api/v1/goals/" + r.goal).then().statusCode(404);
    }

    @Test
    void whatSurvivesIsAnErasureRecordThatNamesNoOne() {
        String id = delete(d.districtAdmin()).then().statusCode(201).extract().path("id");
        Api.validated(d.districtAdmin()).get("/api/v1/erasures/" + id).then().statusCode(200)
                .body("kind", equalTo("student")).body("orderedByRole", equalTo("district_admin"));
        Api.validated(d.districtAdmin()).get("/api/v1/erasures").then().statusCode(200).body("items.id", equalTo(java.util.List.of(id)));
        // The other student and the unrelated outbox event are untouched.
        Api.validated(d.schoolAdmin()).get("/api/v1/students/" + d.studentB).then().statusCode(200);
        assertTrue(CatalogScan.find(d.studentB, java.util.List.of()).containsKey("domain_event.subject_id"));
    }

    @Test
    void aRetryIsSafe() {
        String key = UUID.randomUUID().toString();
        String first = Api.validated(d.districtAdmin()).header("Idempotency-Key", key)
                .post("/api/v1/students/" + d.studentA + "/erasure").then().statusCode(201).extract().path("id");
        Api.validated(d.districtAdmin()).header("Idempotency-Key", key).post("/api/v1/students/" + d.studentA + "/erasure")
                .then().statusCode(201).body("id", equalTo(first));
        delete(d.districtAdmin()).then().statusCode(404);
        assertEquals(Map.of(), CatalogScan.find(d.studentA, r.phrases()));
    }

    @Test
    void aDeletionThatFailsMidwayLeavesEverything() {
        Map<String, Long> before = withoutMail(CatalogScan.find(d.studentA, r.phrases()));
        FailingErasure.armed = true;
        try {
            delete(d.districtAdmin()).then().statusCode(500);
        } finally {
            FailingErasure.armed = false;
        }
        assertEquals(before, withoutMail(CatalogScan.find(d.studentA, r.phrases())));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + r.thread).then().statusCode(200);
        Api.validated(d.districtAdmin()).get("/api/v1/erasures").then().body("items", equalTo(java.util.List.of()));
    }

    /** The mail sender clears sent mail in its own time: the invitation's mail is no measure of a rollback. */
    private static Map<String, Long> withoutMail(Map<String, Long> found) {
        Map<String, Long> kept = new java.util.TreeMap<>(found);
        kept.keySet().removeIf(column -> column.startsWith("mail_outbox."));
        return kept;
    }

    @Test
    void onlyADistrictAdministratorDeletesAndOnlyInTheirDistrict() {
        delete(d.teacherA()).then().statusCode(403);
        delete(d.guardianA()).then().statusCode(403);
        delete(d.noContactGuardian()).then().statusCode(403);
        delete(d.schoolAdmin()).then().statusCode(403);
        delete(TestDistrict.create().districtAdmin()).then().statusCode(404);
        Api.responseValidated(TestDistrict.create().districtAdmin()).post("/api/v1/students/" + UUID.randomUUID() + "/erasure")
                .then().statusCode(404);
        Api.validated(d.guardianA()).get("/api/v1/threads/" + r.thread).then().statusCode(200);
        Api.responseValidated(d.schoolAdmin()).get("/api/v1/erasures").then().statusCode(403);
        Api.responseValidated(d.guardianA()).get("/api/v1/erasures").then().statusCode(403);
    }
}
