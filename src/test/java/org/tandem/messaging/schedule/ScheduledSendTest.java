package org.tandem.messaging.schedule;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class ScheduledSendTest {

    @Inject
    ScheduledRelease release;

    private TestDistrict d;
    private String thread;
    private Instant inAnHour;

    @BeforeEach
    void aReadStudentThread() {
        d = TestDistrict.create();
        thread = Messaging.studentThread(d.teacherA(), d.studentA, "Welcome to Room A");
        Messaging.markRead(d.guardianA(), thread, 1);
        inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void recipientsSeeAndCountAScheduledMessageOnlyFromItsTime() {
        Response scheduled = schedule(d.teacherA(), "Picture day tomorrow", inAnHour, null);
        scheduled.then().statusCode(202).header("Location", notNullValue())
                .body("state", equalTo("scheduled")).body("sendAt", equalTo(inAnHour.toString()))
                .body("language", equalTo("en"));
        assertEquals(0, Messaging.unread(d.guardianA(), thread));
        assertEquals(0, Messaging.total(d.guardianA()));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .body("items", hasSize(1));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread).then().body("lastSeq", equalTo(1));

        assertTrue(release.releaseDue(inAnHour.plusSeconds(1)) >= 1);

        assertEquals(1, Messaging.unread(d.guardianA(), thread));
        assertEquals(1, Messaging.total(d.guardianA()));
        String messageId = Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages").then()
                .statusCode(200).body("items", hasSize(2)).body("items[0].body", equalTo("Picture day tomorrow"))
                .body("items[0].authorId", equalTo(d.teacherAAccount.toString())).extract().path("items[0].id");
        Api.validated(d.teacherA()).get(scheduledPath(scheduled.path("id"))).then().statusCode(200)
                .body("state", equalTo("sent")).body("messageId", equalTo(messageId));
        assertEquals(0, Messaging.unread(d.teacherA(), thread));
    }

    @Test
    void theAuthorListsAndCancelsBeforeSending() {
        String first = schedule(d.teacherA(), "First", inAnHour, null).then().statusCode(202).extract().path("id");
        String second = schedule(d.teacherA(), "Second", inAnHour.plusSeconds(60), null).then().statusCode(202)
                .extract().path("id");
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/scheduled-messages").then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second)));

        cancel(d.teacherA(), first).then().statusCode(200).body("state", equalTo("cancelled"))
                .body("cancelReason", equalTo("author"));
        cancel(d.teacherA(), first).then().statusCode(200).body("state", equalTo("cancelled"));
        release.releaseDue(inAnHour.plusSeconds(120));

        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages").then()
                .body("items.body", equalTo(List.of("Second", "Welcome to Room A")));
        Api.responseValidated(d.teacherA()).post(scheduledPath(second) + "/cancel").then().statusCode(409)
                .body("code", equalTo("already_sent"));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/scheduled-messages?state=scheduled").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theListIsPagedByTime() {
        for (int i = 0; i < 3; i++) {
            schedule(d.teacherA(), "Reminder " + i, inAnHour.plusSeconds(i), null).then().statusCode(202);
        }
        Response page = Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/scheduled-messages?limit=2");
        page.then().statusCode(200).body("items.body", equalTo(List.of("Reminder 0", "Reminder 1")));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/scheduled-messages?limit=2&cursor="
                        + page.path("nextCursor")).then().statusCode(200)
                .body("items.body", equalTo(List.of("Reminder 2"))).body("nextCursor", equalTo(null));
    }

    @Test
    void guardiansCannotSchedule() {
        schedule(d.guardianA(), "Later", inAnHour, null).then().statusCode(403);
        Api.responseValidated(d.guardianA()).get("/api/v1/threads/" + thread + "/scheduled-messages").then()
                .statusCode(403);
        release.releaseDue(inAnHour.plusSeconds(1));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages").then().body("items", hasSize(1));
    }

    @Test
    void nonMembersAndOtherTenantsGet404() {
        String mine = schedule(d.teacherA(), "Mine", inAnHour, null).then().statusCode(202).extract().path("id");
        TestDistrict other = TestDistrict.create();
        for (String outsider : List.of(d.teacherB(), d.guardianB(), other.teacherA(), other.districtAdmin())) {
            schedule(outsider, "Let me in", inAnHour, null).then().statusCode(404);
            Api.responseValidated(outsider).get("/api/v1/threads/" + thread + "/scheduled-messages").then()
                    .statusCode(404);
            Api.responseValidated(outsider).post(scheduledPath(mine) + "/cancel").then().statusCode(404);
        }
        Api.validated(d.teacherA()).get(scheduledPath(mine)).then().statusCode(200).body("state", equalTo("scheduled"));
    }

    @Test
    void aSendAtInThePastOrMoreThanAYearAheadIs422() {
        schedule(d.teacherA(), "Too late", Instant.now().minusSeconds(60), null).then().statusCode(422)
                .body("errors[0].field", equalTo("sendAt"));
        schedule(d.teacherA(), "Too soon", Instant.now().plusSeconds(1), null).then().statusCode(422);
        schedule(d.teacherA(), "Too far", Instant.now().plus(400, ChronoUnit.DAYS), null).then().statusCode(422);
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/scheduled-messages").then()
                .body("items", hasSize(0));
    }

    @Test
    void aResendWithTheSameClientMessageIdSchedulesOnce() {
        String first = schedule(d.teacherA(), "Once", inAnHour, "sched-1").then().statusCode(202).extract().path("id");
        String again = schedule(d.teacherA(), "Once", inAnHour, "sched-1").then().statusCode(202).extract().path("id");
        assertEquals(first, again);
        Messaging.post(d.teacherA(), thread, Map.of("body", "Now", "clientMessageId", "posted-1")).then().statusCode(201);
        schedule(d.teacherA(), "Later", inAnHour, "posted-1").then().statusCode(409)
                .body("code", equalTo("client_message_id_used"));
        release.releaseDue(inAnHour.plusSeconds(1));
        // After sending, a resend of the original request still answers the same scheduled message.
        schedule(d.teacherA(), "Once", inAnHour, "sched-1").then().statusCode(202).body("id", equalTo(first))
                .body("state", equalTo("sent"));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages").then().body("items", hasSize(3));
    }

    @Test
    void aMessageWhoseThreadWasLockedMeanwhileIsNotSent() {
        String id = schedule(d.teacherA(), "After the lock", inAnHour, null).then().statusCode(202).extract().path("id");
        Api.validated(d.teacherA()).post("/api/v1/threads/" + thread + "/lock").then().statusCode(200);
        release.releaseDue(inAnHour.plusSeconds(1));
        Api.validated(d.teacherA()).get(scheduledPath(id)).then().body("state", equalTo("cancelled"))
                .body("cancelReason", equalTo("thread_locked"));
        assertEquals(0, Messaging.unread(d.guardianA(), thread));
    }

    @Test
    void aMessageWhoseAuthorLeftTheThreadIsNotSent() {
        String id = schedule(d.teacherA(), "From the old teacher", inAnHour, null).then().statusCode(202).extract().path("id");
        d.inTenant(em -> em.createNativeQuery("""
                        UPDATE thread_participant SET active = false WHERE thread_id = :thread AND account_id = :teacher""")
                .setParameter("thread", java.util.UUID.fromString(thread)).setParameter("teacher", d.teacherAAccount)
                .executeUpdate());
        release.releaseDue(inAnHour.plusSeconds(1));
        d.inTenant(em -> assertEquals("cancelled author_left", em.createNativeQuery(
                        "SELECT state || ' ' || cancel_reason FROM scheduled_message WHERE id = :id")
                .setParameter("id", java.util.UUID.fromString(id)).getSingleResult()));
        assertEquals(0, Messaging.unread(d.guardianA(), thread));
    }

    @Test
    void twoReleasesInParallelSendEachMessageOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            schedule(d.teacherA(), "Parallel " + i, inAnHour, null).then().statusCode(202);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> passes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            passes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return release.releaseDue(inAnHour.plusSeconds(1));
            }));
        }
        int sent = passes.get(0).get() + passes.get(1).get();
        assertTrue(sent >= 5, "sent " + sent);
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages").then()
                .body("items", hasSize(6));
        assertEquals(5, Messaging.unread(d.guardianA(), thread));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/scheduled-messages?state=sent").then()
                .body("items", hasSize(5));
    }

    @Test
    void theSchedulerSendsDueMessagesOnItsOwn() throws InterruptedException {
        schedule(d.teacherA(), "On time", Instant.now().plusSeconds(6), null).then().statusCode(202);
        long deadline = System.currentTimeMillis() + 20_000;
        while (Messaging.unread(d.guardianA(), thread) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(1, Messaging.unread(d.guardianA(), thread));
    }

    private Response schedule(String token, String body, Instant sendAt, String clientMessageId) {
        Map<String, Object> message = new HashMap<>(Map.of("body", body, "sendAt", sendAt.toString()));
        if (clientMessageId != null) {
            message.put("clientMessageId", clientMessageId);
        }
        return Api.validated(token).contentType("application/json").body(message)
                .post("/api/v1/threads/" + thread + "/messages");
    }

    private Response cancel(String token, String id) {
        return Api.validated(token).post(scheduledPath(id) + "/cancel");
    }

    private String scheduledPath(String id) {
        return "/api/v1/threads/" + thread + "/scheduled-messages/" + id;
    }
}
