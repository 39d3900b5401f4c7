package org.tandem.notifications.live;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestClock;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

/** Opening a stream: bearer tokens, single-use expiring tickets for browsers, and who may do either. */
@QuarkusTest
class LiveTicketTest {

    private static final Duration SOON = LiveStreamTest.SOON;

    @Inject
    TestClock clock;

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    static String ticket(String token) {
        return Api.validated(token).post("/api/v1/live/tickets").then().statusCode(200)
                .body("streamUrl", startsWith("/api/v1/live/events?ticket=")).extract().path("ticket");
    }

    @Test
    void everyPersonOfTheDistrictGetsATicketButNotAnIntegratorOrAStranger() {
        for (String token : List.of(d.guardianA(), d.teacherA(), d.schoolAdmin(), d.districtAdmin())) {
            ticket(token);
        }
        String integrator = TestTokens.forTenant(d.tenantId.toString(), "demo-sis", Roles.INTEGRATOR);
        Api.validated(integrator).post("/api/v1/live/tickets").then().statusCode(403);
        Api.validated().post("/api/v1/live/tickets").then().statusCode(401);
        try (LiveClient anonymous = LiveClient.open("/api/v1/live/events", null, null);
             LiveClient asIntegrator = LiveClient.bearer(integrator, null)) {
            assertEquals(401, anonymous.status);
            assertEquals("unauthenticated", JsonPath.from(anonymous.body).getString("code"));
            assertTrue(anonymous.contentType.startsWith("application/problem+json"), anonymous.contentType);
            assertEquals(403, asIntegrator.status);
        }
    }

    @Test
    void aTicketOpensItsOwnersStreamOnce() {
        String ticket = ticket(d.guardianA());
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "hello");
        try (LiveClient browser = LiveClient.ticket(ticket)) {
            assertEquals(200, browser.status, browser.body);
            browser.await("ready", SOON);
            Messaging.post(d.teacherA(), thread, "again").then().statusCode(201);
            assertEquals(thread, JsonPath.from(browser.await("message.posted", SOON).data()).getString("threadId"));
            try (LiveClient replayed = LiveClient.ticket(ticket)) {
                assertEquals(401, replayed.status, "a ticket works once");
                assertEquals("unauthenticated", JsonPath.from(replayed.body).getString("code"));
            }
        }
    }

    @Test
    void aTicketExpiresAfterThirtySeconds() {
        String ticket = ticket(d.guardianA());
        clock.pinIn(Duration.ofSeconds(31));
        try (LiveClient late = LiveClient.ticket(ticket)) {
            assertEquals(401, late.status);
        } finally {
            clock.release();
        }
    }

    @Test
    void aForgedOrMalformedTicketOpensNothing() {
        String real = ticket(d.guardianA());
        String forged = real.substring(0, real.length() - 4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String ticket : List.of(forged, "not-a-ticket", "%00", real.substring(0, 20))) {
            try (LiveClient client = LiveClient.ticket(ticket)) {
                assertEquals(401, client.status, ticket);
            }
        }
        try (LiveClient stillGood = LiveClient.ticket(real)) {
            assertEquals(200, stillGood.status, "failed tries do not spend someone's ticket");
        }
    }

    @Test
    void aTicketOfAnotherDistrictCannotBeReplayedThere() {
        TestDistrict other = TestDistrict.create();
        String ticket = ticket(other.guardianA());
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "hello");
        try (LiveClient stream = LiveClient.ticket(ticket)) {
            stream.await("ready", SOON);
            Messaging.post(d.teacherA(), thread, "only for district d").then().statusCode(201);
            assertEquals(List.of(), stream.collect(Duration.ofMillis(1500), "message.posted"));
        }
        Api.validated(d.guardianA()).post("/api/v1/live/tickets").then().statusCode(200).body("ticket", org.hamcrest.Matchers.not(equalTo(ticket)));
    }
}
