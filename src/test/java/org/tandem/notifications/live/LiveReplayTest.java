package org.tandem.notifications.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.TestDistrict;

/** Reconnecting with Last-Event-ID: what was missed is replayed once, in order; a gap too long says resync. */
@QuarkusTest
class LiveReplayTest {

    private static final Duration SOON = LiveStreamTest.SOON;

    @Inject
    AgroalDataSource db;

    private TestDistrict d;
    private String thread;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        thread = Messaging.studentThread(d.teacherA(), d.studentA, "one");
        LiveClient.awaitStoredUpdates(); // the first message's event is not what the tests' streams await
    }

    @Test
    void aReconnectingAppGetsWhatItMissedThenGoesLive() {
        String resumeFrom;
        try (LiveClient first = LiveClient.bearer(d.guardianA(), null)) {
            resumeFrom = first.await("ready", SOON).id();
        }
        // Another app of the person stays open: once it has seen all three, they are stored.
        try (LiveClient witness = LiveClient.bearer(d.guardianA(), null)) {
            witness.await("ready", SOON);
            Messaging.post(d.teacherA(), thread, "two").then().statusCode(201);
            Messaging.post(d.teacherA(), thread, "three").then().statusCode(201);
            Messaging.markRead(d.guardianA(), thread, 2);
            witness.await("thread.read", SOON);
        }
        try (LiveClient back = LiveClient.bearer(d.guardianA(), resumeFrom)) {
            List<LiveClient.Event> replayed = back.collect(Duration.ofMillis(1500));
            assertEquals(List.of("message.posted", "message.posted", "thread.read", "ready"),
                    replayed.stream().map(LiveClient.Event::name).toList());
            assertEquals(List.of(2, 3), replayed.subList(0, 2).stream().map(e -> JsonPath.from(e.data()).getInt("seq")).toList());
            assertTrue(Long.parseLong(replayed.get(0).id()) < Long.parseLong(replayed.get(1).id()));
            JsonPath ready = JsonPath.from(replayed.get(3).data());
            assertEquals("complete", ready.getString("replay"));
            assertEquals(3, ready.getInt("replayed"));
            Messaging.post(d.teacherA(), thread, "four").then().statusCode(201);
            assertEquals(4, JsonPath.from(back.await("message.posted", SOON).data()).getInt("seq"), "then live");
        }
    }

    @Test
    void aReconnectAfterTheLastEventReplaysNothing() {
        String last;
        try (LiveClient first = LiveClient.bearer(d.guardianA(), null)) {
            first.await("ready", SOON);
            Messaging.post(d.teacherA(), thread, "two").then().statusCode(201);
            last = first.await("message.posted", SOON).id();
        }
        try (LiveClient back = LiveClient.bearer(d.guardianA(), last)) {
            LiveClient.Event ready = back.next(SOON);
            assertEquals("ready", ready.name());
            assertEquals("complete", JsonPath.from(ready.data()).getString("replay"));
            assertEquals(0, JsonPath.from(ready.data()).getInt("replayed"));
        }
    }

    @Test
    void aBrowserResumesWithTheIdInTheUrl() {
        String last;
        try (LiveClient first = LiveClient.ticket(LiveTicketTest.ticket(d.guardianA()))) {
            last = first.await("ready", SOON).id();
            Messaging.post(d.teacherA(), thread, "two").then().statusCode(201);
            first.await("message.posted", SOON);
        }
        try (LiveClient back = LiveClient.open("/api/v1/live/events?ticket=" + LiveTicketTest.ticket(d.guardianA())
                + "&lastEventId=" + last, null, null)) {
            assertEquals(2, JsonPath.from(back.await("message.posted", SOON).data()).getInt("seq"));
            assertEquals("complete", JsonPath.from(back.await("ready", SOON).data()).getString("replay"));
        }
    }

    @Test
    void anUnknownOrMalformedEventIdAsksTheAppToRefetch() {
        for (String id : List.of("999999999999", "abc", "-4")) {
            try (LiveClient back = LiveClient.bearer(d.guardianA(), id)) {
                LiveClient.Event resync = back.next(SOON);
                assertEquals("resync", resync.name(), id);
                assertEquals("unknown_event_id", JsonPath.from(resync.data()).getString("reason"));
                LiveClient.Event ready = back.next(SOON);
                assertEquals("ready", ready.name());
                assertTrue(Long.parseLong(ready.id()) >= 0, "the app gets an id to resume from");
            }
        }
    }

    @Test
    void aGapPastTheReplayWindowAsksTheAppToRefetch() throws SQLException {
        String resumeFrom;
        try (LiveClient first = LiveClient.bearer(d.guardianA(), null)) {
            first.await("ready", SOON); // what follows ready is live; an event committed before it may not be
            Messaging.post(d.teacherA(), thread, "two").then().statusCode(201);
            resumeFrom = first.await("message.posted", SOON).id();
        }
        long pruned = Long.parseLong(resumeFrom) + 1;
        execute("UPDATE live_replay_floor SET pruned_through = GREATEST(pruned_through, " + pruned + ")");
        try (LiveClient back = LiveClient.bearer(d.guardianA(), resumeFrom)) {
            LiveClient.Event resync = back.next(SOON);
            assertEquals("resync", resync.name());
            assertEquals("gap_too_long", JsonPath.from(resync.data()).getString("reason"));
            assertEquals("resync", JsonPath.from(back.await("ready", SOON).data()).getString("replay"));
        } finally {
            execute("UPDATE live_replay_floor SET pruned_through = 0");
        }
    }

    @Test
    void pruningForgetsOldEventsAndRaisesTheFloor() throws SQLException {
        try (LiveClient first = LiveClient.bearer(d.guardianA(), null)) {
            first.await("ready", SOON);
            Messaging.post(d.teacherA(), thread, "two").then().statusCode(201);
            first.await("message.posted", SOON);
        }
        execute("UPDATE live_event SET created_at = created_at - interval '25 hours' WHERE tenant_id = '" + d.tenantId + "'");
        io.quarkus.arc.Arc.container().instance(LivePruning.class).get().pruneNow();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM live_event WHERE tenant_id = '" + d.tenantId + "'");
            rs.next();
            assertEquals(0, rs.getLong(1));
            rs = s.executeQuery("SELECT pruned_through FROM live_replay_floor");
            rs.next();
            assertTrue(rs.getLong(1) > 0);
        } finally {
            execute("UPDATE live_replay_floor SET pruned_through = 0");
        }
    }

    private void execute(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
