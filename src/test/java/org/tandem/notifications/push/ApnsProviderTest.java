package org.tandem.notifications.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.notifications.channel.OutgoingNotification;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** APNs over HTTP/2 and TLS against its gateway stub: token auth, the headers, and Apple's documented answers. */
@QuarkusTest
@TestProfile(PushStubs.Profile.class)
class ApnsProviderTest {

    @Inject
    PushChannel push;

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        ApnsStub.answers.clear();
        ApnsStub.received.clear();
    }

    @Test
    void anAlertGoesOverHttp2WithTokenAuthAndTheRightHeaders() {
        String token = PushFixtures.apnsToken();
        String id = register(token, "production");
        DeliveryOutcome sent = deliver(true, "thread:t-3").get(0);
        assertEquals(DeliveryOutcome.Status.SENT, sent.status(), sent.toString());
        assertEquals("apns:" + id, sent.address());
        assertTrue(sent.providerAnswer().startsWith("apns-id "));
        ApnsStub.Received request = ApnsStub.received.get(0);
        assertEquals(HttpVersion.HTTP_2, request.version());
        assertTrue(request.authority().startsWith("127.0.0.1:"), request.authority());
        assertEquals(token, request.token());
        assertEquals("org.tandem.app", request.headers().get("apns-topic"));
        assertEquals("alert", request.headers().get("apns-push-type"));
        assertEquals("10", request.headers().get("apns-priority"));
        assertEquals("thread:t-3", request.headers().get("apns-collapse-id"));
        long expiration = Long.parseLong(request.headers().get("apns-expiration"));
        assertTrue(Math.abs(expiration - Instant.now().plus(Duration.ofDays(1)).getEpochSecond()) < 120);
        assertEquals("Conference moved", request.payload().path("aps").path("alert").path("title").asText());
        assertEquals("Now Thursday 4 pm", request.payload().path("aps").path("alert").path("body").asText());
        assertEquals("time-sensitive", request.payload().path("aps").path("interruption-level").asText());
        assertEquals("conference.moved", request.payload().path("kind").asText());
        assertEquals("/conferences/c-1", request.payload().path("link").asText());
        assertEquals("c-1", request.payload().path("data").path("conferenceId").asText());

        // Not urgent: priority 5, no interruption level; a long collapse key is hashed to 64 hex characters.
        deliver(false, "x".repeat(80));
        ApnsStub.Received second = ApnsStub.received.get(1);
        assertEquals("5", second.headers().get("apns-priority"));
        assertEquals(64, second.headers().get("apns-collapse-id").length());
        assertTrue(second.payload().path("aps").path("interruption-level").isMissingNode());
        // One provider token served both (Apple throttles tokens renewed more often than every 20 minutes).
        assertEquals(ApnsStub.received.get(0).headers().get("authorization"), second.headers().get("authorization"));
    }

    @Test
    void aDevelopmentBuildsTokenGoesToTheSandbox() {
        register(PushFixtures.apnsToken(), "development");
        assertEquals(DeliveryOutcome.Status.SENT, deliver(false, null).get(0).status());
        assertTrue(ApnsStub.received.get(0).authority().startsWith("localhost:"), ApnsStub.received.get(0).authority());
        assertNull(ApnsStub.received.get(0).headers().get("apns-collapse-id"));
    }

    @Test
    void applesDocumentedAnswersForgetRetryOrFail() {
        record Case(int status, String reason, Map<String, String> headers, DeliveryOutcome.Status expected,
                    boolean forgotten, Duration retryAfter) {
        }
        List<Case> cases = List.of(
                new Case(410, "Unregistered", Map.of(), DeliveryOutcome.Status.FAILED, true, null),
                new Case(400, "BadDeviceToken", Map.of(), DeliveryOutcome.Status.FAILED, true, null),
                new Case(400, "DeviceTokenNotForTopic", Map.of(), DeliveryOutcome.Status.FAILED, true, null),
                new Case(400, "BadCollapseId", Map.of(), DeliveryOutcome.Status.FAILED, false, null),
                new Case(429, "TooManyRequests", Map.of(), DeliveryOutcome.Status.RETRY, false, ApnsProvider.THROTTLED),
                new Case(429, "TooManyRequests", Map.of("retry-after", "90"), DeliveryOutcome.Status.RETRY, false,
                        Duration.ofSeconds(90)),
                new Case(503, "ServiceUnavailable", Map.of(), DeliveryOutcome.Status.RETRY, false, null),
                new Case(500, "InternalServerError", Map.of(), DeliveryOutcome.Status.RETRY, false, null));
        for (Case c : cases) {
            d = TestDistrict.create();
            String token = PushFixtures.apnsToken();
            String id = register(token, "production");
            ApnsStub.answers.put(token, new ApnsStub.Answer(c.status(), c.reason(), c.headers(), 0));
            DeliveryOutcome outcome = deliver(false, null).get(0);
            String what = c.status() + " " + c.reason();
            assertEquals(c.expected(), outcome.status(), what + ": " + outcome);
            assertEquals(c.status(), outcome.providerStatus(), what);
            assertEquals(c.reason(), outcome.providerAnswer(), what);
            assertEquals(c.retryAfter(), outcome.retryAfter(), what);
            Api.validated(d.guardianA()).get("/api/v1/me/push-devices/" + id).then().statusCode(c.forgotten() ? 404 : 200);
        }
    }

    @Test
    void aSlowGatewayIsARetryWithinTheTimeoutAndEveryPlatformOfAPersonIsReached() {
        String slowToken = PushFixtures.apnsToken();
        register(slowToken, "production");
        ApnsStub.answers.put(slowToken, new ApnsStub.Answer(200, null, Map.of(), 3_000));
        String fcmToken = PushFixtures.fcmToken();
        Api.validated(d.guardianA()).contentType("application/json").body(PushFixtures.fcm(fcmToken))
                .post("/api/v1/me/push-devices").then().statusCode(201);
        long started = System.nanoTime();
        List<DeliveryOutcome> outcomes = deliver(false, null);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0);
        Map<String, DeliveryOutcome.Status> byPlatform = new HashMap<>();
        outcomes.forEach(o -> byPlatform.put(o.address().substring(0, o.address().indexOf(':')), o.status()));
        assertEquals(Map.of("apns", DeliveryOutcome.Status.RETRY, "fcm", DeliveryOutcome.Status.SENT), byPlatform);
    }

    private String register(String token, String environment) {
        Map<String, Object> body = new HashMap<>(PushFixtures.apns(token));
        body.put("environment", environment);
        return Api.validated(d.guardianA()).contentType("application/json").body(body)
                .post("/api/v1/me/push-devices").then().statusCode(201).extract().path("id");
    }

    private List<DeliveryOutcome> deliver(boolean urgent, String collapseKey) {
        return push.deliver(new OutgoingNotification(d.tenantId, UUID.randomUUID(), d.guardianAAccount, "conference.moved",
                "Conference moved", "Now Thursday 4 pm", "/conferences/c-1", Map.of("conferenceId", "c-1"), urgent, "en",
                collapseKey));
    }
}
