package org.tandem.notifications.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.tandem.messaging.Messaging;
import org.tandem.notifications.NotificationCreated;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.Unpooled;

/** The bound on streams per person, fan-out between instances through NOTIFY, and notifications. */
@QuarkusTest
class LiveBoundAndFanOutTest {

    private static final Duration SOON = LiveStreamTest.SOON;

    @Inject
    AgroalDataSource db;

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void aSixthStreamClosesThePersonsOldest() throws SQLException, InterruptedException {
        List<LiveClient> apps = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                LiveClient app = LiveClient.bearer(d.guardianA(), null);
                app.await("ready", SOON);
                apps.add(app);
            }
            try (LiveClient teacher = LiveClient.bearer(d.teacherA(), null)) {
                teacher.await("ready", SOON);
                LiveClient sixth = LiveClient.bearer(d.guardianA(), null);
                apps.add(sixth);
                sixth.await("ready", SOON);
                LiveClient.Event closed = apps.get(0).await("closed", SOON);
                assertEquals("too_many_streams", JsonPath.from(closed.data()).getString("reason"));
                long deadline = System.nanoTime() + SOON.toNanos();
                while (!apps.get(0).ended() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                assertTrue(apps.get(0).ended(), "the oldest stream is ended by the server");
                assertEquals(60_000L, apps.get(0).retry, "and told to wait before it comes back");
                for (LiveClient app : apps.subList(1, 6)) {
                    assertFalse(app.ended());
                }
                assertFalse(teacher.ended(), "another person's streams do not count");
                // The closed stream's row goes on the bookkeeping thread, after the stream ended.
                String rows = "SELECT count(*) FROM live_stream WHERE tenant_id = '" + d.tenantId
                        + "' AND account_id = '" + d.guardianAAccount + "'";
                long until = System.nanoTime() + SOON.toNanos();
                while (count(rows) != 5 && System.nanoTime() < until) {
                    Thread.sleep(10); // a query per turn: no need to ask more often
                }
                assertEquals(5, count(rows));
            }
        } finally {
            apps.forEach(LiveClient::close);
        }
    }

    @Test
    void aNotifyFromAnotherInstanceReachesAStreamHere() throws SQLException {
        try (LiveClient app = LiveClient.bearer(d.guardianA(), null)) {
            app.await("ready", SOON);
            // What another instance's writer does: store the event, then NOTIFY with ids only.
            try (Connection other = Unpooled.connection()) {
                other.setAutoCommit(false);
                long id;
                try (PreparedStatement insert = other.prepareStatement("INSERT INTO live_event (tenant_id, recipient_id, type, data)"
                        + " VALUES (?, ?, 'notification.created', '{\"notificationId\":\"n-1\"}') RETURNING id")) {
                    insert.setString(1, d.tenantId.toString());
                    insert.setObject(2, d.guardianAAccount);
                    ResultSet rs = insert.executeQuery();
                    rs.next();
                    id = rs.getLong(1);
                }
                try (Statement notify = other.createStatement()) {
                    notify.execute("NOTIFY tandem_live, '" + LiveSignal.events(d.tenantId, id, id) + "'");
                }
                other.commit();
                LiveClient.Event event = app.await("notification.created", SOON);
                assertEquals(Long.toString(id), event.id());
                assertEquals("n-1", JsonPath.from(event.data()).getString("notificationId"));
            }
        }
    }

    @Test
    void aPostHereIsHeardByASecondInstancesListener() throws Exception {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "one");
        try (Connection second = Unpooled.connection()) {
            try (Statement listen = second.createStatement()) {
                listen.execute("LISTEN tandem_live");
            }
            Messaging.post(d.teacherA(), thread, "two").then().statusCode(201);
            LiveSignal signal = null;
            long deadline = System.nanoTime() + SOON.toNanos();
            while (signal == null && System.nanoTime() < deadline) {
                PGNotification[] heard = second.unwrap(PGConnection.class).getNotifications(200);
                for (PGNotification n : heard == null ? new PGNotification[0] : heard) {
                    assertTrue(n.getParameter().length() < 100, "ids only: " + n.getParameter());
                    signal = LiveSignal.parse(n.getParameter()).filter(s -> s.tenantId().equals(d.tenantId)).orElse(signal);
                }
            }
            assertNotNull(signal, "the second instance heard the post");
            LiveSignal heard = signal;
            List<LiveEvent> events;
            try (Connection c = db.getConnection()) {
                events = Arc.container().instance(LiveEventStore.class).get().range(c, d.tenantId, heard.first(), heard.last());
            }
            assertEquals(List.of(d.guardianAAccount, d.teacherAAccount).stream().sorted().toList(),
                    events.stream().map(LiveEvent::recipientId).sorted().toList());
        }
    }

    @Test
    void aNotificationReachesItsRecipientOnlyOnceCommitted() {
        try (LiveClient app = LiveClient.bearer(d.guardianA(), null);
             LiveClient someoneElse = LiveClient.bearer(d.guardianB(), null)) {
            app.await("ready", SOON);
            someoneElse.await("ready", SOON);
            UUID rolledBack = UUID.randomUUID();
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    fire(rolledBack, "Rolled back");
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // nothing was created
            }
            UUID created = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> fire(created, "Field trip form due"));
            JsonPath data = JsonPath.from(app.await("notification.created", SOON).data());
            assertEquals(created.toString(), data.getString("notificationId"), "the rolled-back one never arrives");
            assertEquals("Field trip form due", data.getString("title"));
            assertEquals("/api/v1/threads", data.getString("link"));
            assertEquals(List.of(), someoneElse.collect(Duration.ofMillis(1000), "notification.created"));
        }
    }

    private void fire(UUID id, String title) {
        Arc.container().beanManager().getEvent().select(NotificationCreated.class)
                .fire(new NotificationCreated(d.tenantId, id, d.guardianAAccount, "message.posted", title, "/api/v1/threads",
                        Instant.now()));
    }

    private long count(String query) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
