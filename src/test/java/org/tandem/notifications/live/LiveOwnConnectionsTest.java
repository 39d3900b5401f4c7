package org.tandem.notifications.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.MessagePosted;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.Unpooled;

/**
 * Live updates store and deliver on connections of their own (LiveDatabase): delivery does not wait
 * for the request pool, and a connection that breaks is replaced without losing the next events.
 */
@QuarkusTest
class LiveOwnConnectionsTest {

    private static final Duration SOON = LiveStreamTest.SOON;
    private static final String OWN = "('tandem-live-writer', 'tandem-live-delivery')";

    @Inject
    AgroalDataSource pool;

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void aMessageReachesItsReadersWhileEveryPooledConnectionIsTaken() throws SQLException {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Field trip on Friday");
        LiveClient.awaitStoredUpdates();
        try (LiveClient guardian = LiveClient.bearer(d.guardianA(), null)) {
            guardian.await("ready", SOON);
            int size = pool.getConfiguration().connectionPoolConfiguration().maxSize();
            List<Connection> taken = new ArrayList<>();
            UUID message = UUID.randomUUID();
            try {
                while (taken.size() < size) {
                    taken.add(pool.getConnection());
                }
                // What posting fires once its transaction committed (outside one, observers hear it at once).
                Arc.container().beanManager().getEvent().select(MessagePosted.class).fire(new MessagePosted(d.tenantId,
                        UUID.fromString(thread), message, 2, d.teacherAAccount, "Bring a packed lunch", "en", Instant.now()));
                JsonPath data = JsonPath.from(guardian.await("message.posted", SOON).data());
                assertEquals(message.toString(), data.getString("messageId"), "delivered with all " + size + " pooled connections taken");
            } finally {
                for (Connection c : taken) {
                    c.close();
                }
            }
        }
    }

    @Test
    void aBrokenConnectionIsReplacedAndTheNextMessageStillArrives() throws SQLException {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Field trip on Friday");
        LiveClient.awaitStoredUpdates();
        try (LiveClient guardian = LiveClient.bearer(d.guardianA(), null)) {
            guardian.await("ready", SOON);
            Messaging.post(d.teacherA(), thread, "Bring a packed lunch").then().statusCode(201);
            guardian.await("message.posted", SOON);
            List<Integer> before = backends();
            assertEquals(2, before.size(), "the writer and the delivery each hold one connection: " + before);
            assertEquals(2, admin("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name IN " + OWN));

            String message = Messaging.post(d.teacherA(), thread, "And a water bottle").then().statusCode(201)
                    .extract().path("id");
            assertEquals(message, JsonPath.from(guardian.await("message.posted", SOON).data()).getString("messageId"));
            List<Integer> after = backends();
            assertEquals(2, after.size(), after.toString());
            after.forEach(pid -> assertFalse(before.contains(pid), "new connections, not the terminated ones"));
            assertEquals(1, admin("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'tandem-live-listen'"),
                    "the LISTEN connection names itself too");
        }
    }

    @Test
    void theLiveConnectionsConnectAsThePoolDoes() {
        java.util.Properties properties = Arc.container().instance(LiveDatabase.class).get().properties("tandem-live-writer");
        assertEquals("true", properties.getProperty("tcpKeepAlive"), "the pool's additional JDBC properties: " + properties);
        assertEquals(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class), properties.getProperty("user"));
        assertEquals("tandem-live-writer", properties.getProperty("ApplicationName"));
    }

    private List<Integer> backends() throws SQLException {
        List<Integer> pids = new ArrayList<>();
        try (Connection c = Unpooled.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE application_name IN " + OWN + " ORDER BY pid")) {
            while (rs.next()) {
                pids.add(rs.getInt(1));
            }
        }
        return pids;
    }

    private long admin(String query) throws SQLException {
        try (Connection c = Unpooled.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
