package org.tandem.notifications.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** What a stream carries: messages to their readers, read state to its owner, and nothing to anyone else. */
@QuarkusTest
class LiveStreamTest {

    static final Duration SOON = Duration.ofSeconds(5);
    static final Duration QUIET = Duration.ofMillis(1500);

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void aPostedMessageReachesItsReadersOnly() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Field trip on Friday");
        TestDistrict other = TestDistrict.create();
        LiveClient.awaitStoredUpdates();
        try (LiveClient member = LiveClient.bearer(d.guardianA(), null);
             LiveClient author = LiveClient.bearer(d.teacherA(), null);
             LiveClient otherFamily = LiveClient.bearer(d.guardianB(), null);
             LiveClient noContact = LiveClient.bearer(d.noContactGuardian(), null);
             LiveClient otherTenant = LiveClient.bearer(other.guardianA(), null)) {
            for (LiveClient client : List.of(member, author, otherFamily, noContact, otherTenant)) {
                assertEquals(200, client.status, client.body);
                assertTrue(client.contentType.startsWith("text/event-stream"), client.contentType);
                client.await("ready", SOON);
            }
            String message = Messaging.post(d.teacherA(), thread, "Bring a packed lunch").then().statusCode(201)
                    .extract().path("id");

            LiveClient.Event posted = member.await("message.posted", SOON);
            JsonPath data = JsonPath.from(posted.data());
            assertEquals(thread, data.getString("threadId"));
            assertEquals(message, data.getString("messageId"));
            assertEquals(2, data.getInt("seq"));
            assertNotNull(posted.id());
            assertEquals(thread, JsonPath.from(author.await("message.posted", SOON).data()).getString("threadId"),
                    "the author's other apps show the message too");
            assertEquals(List.of(), otherFamily.collect(QUIET), "a family outside the thread hears nothing");
            assertEquals(List.of(), noContact.collect(Duration.ZERO), "a no-contact guardian hears nothing of the child");
            assertEquals(List.of(), otherTenant.collect(Duration.ZERO), "another district hears nothing");
        }
    }

    @Test
    void markingReadReachesEveryAppOfThePersonAndNobodyElse() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "one");
        Messaging.post(d.teacherA(), thread, "two").then().statusCode(201);
        LiveClient.awaitStoredUpdates(); // else the teacher's stream may hear their own post
        try (LiveClient phone = LiveClient.bearer(d.guardianA(), null);
             LiveClient laptop = LiveClient.bearer(d.guardianA(), null);
             LiveClient teacher = LiveClient.bearer(d.teacherA(), null)) {
            phone.await("ready", SOON);
            laptop.await("ready", SOON);
            teacher.await("ready", SOON);
            Messaging.markRead(d.guardianA(), thread, 1);
            for (LiveClient app : List.of(phone, laptop)) {
                JsonPath read = JsonPath.from(app.await("thread.read", SOON).data());
                assertEquals(thread, read.getString("threadId"));
                assertEquals(1, read.getInt("readUpToSeq"));
                assertEquals(1, read.getInt("unreadCount"));
            }
            assertEquals(List.of(), teacher.collect(QUIET), "the teacher is not told when a parent reads");
        }
    }

    @Test
    void theWriterShowsItsBacklogAtMetrics() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "one");
        Messaging.post(d.teacherA(), thread, "two").then().statusCode(201);
        LiveClient.awaitStoredUpdates();
        List<String> meters = Api.raw().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("tandem_live_writer_")).toList();
        assertTrue(meters.contains("tandem_live_writer_pending 0.0"), "nothing left to store: " + meters);
        assertTrue(meters.contains("tandem_live_writer_dropped_total 0.0"), "nothing dropped: " + meters);
    }

    @Test
    void aStreamStartsWithRetryAndSendsHeartbeats() {
        try (LiveClient app = LiveClient.bearer(d.guardianA(), null)) {
            app.await("ready", SOON);
            assertEquals(3000L, app.retry);
            long deadline = System.nanoTime() + SOON.toNanos();
            while (!app.comments.contains("heartbeat") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertTrue(app.comments.contains("heartbeat"), "comments seen: " + app.comments);
        }
    }

    @Test
    void aGuardianUnderANewNoContactOrderHearsNothingMoreOfTheThread() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "hello family");
        String etag = Api.validated(d.districtAdmin()).get("/api/v1/guardianships/" + d.guardianshipA)
                .then().statusCode(200).extract().header("ETag");
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"noContact\": true}").patch("/api/v1/guardianships/" + d.guardianshipA).then().statusCode(200);
        try (LiveClient removed = LiveClient.bearer(d.guardianA(), null);
             LiveClient teacher = LiveClient.bearer(d.teacherA(), null)) {
            removed.await("ready", SOON);
            teacher.await("ready", SOON);
            Messaging.post(d.teacherA(), thread, "about the child").then().statusCode(201);
            teacher.await("message.posted", SOON);
            assertEquals(List.of(), removed.collect(QUIET), "a removed member is told nothing");
        }
    }

    @Test
    void aScheduledMessageIsNotAnnouncedBeforeItIsSent() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "one");
        LiveClient.awaitStoredUpdates();
        try (LiveClient member = LiveClient.bearer(d.guardianA(), null)) {
            member.await("ready", SOON);
            Messaging.post(d.teacherA(), thread, Map.of("body", "Tomorrow's reminder",
                    "sendAt", Instant.now().plus(Duration.ofHours(1)).toString())).then().statusCode(202);
            assertEquals(List.of(), member.collect(QUIET), "nothing until it is posted");
        }
    }
}
