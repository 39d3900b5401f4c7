package org.tandem.notifications.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.notifications.channel.OutgoingNotification;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** FCM HTTP v1 against its stub: the OAuth exchange, the message, and FCM's documented error answers. */
@QuarkusTest
@TestProfile(PushStubs.Profile.class)
class FcmProviderTest {

    @Inject
    PushChannel push;

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        FcmStub.answers.clear();
        FcmStub.messages.clear();
    }

    @Test
    void aNotificationIsSentWithAServiceAccountTokenThatIsReused() {
        String token = PushFixtures.fcmToken();
        String id = register(token);
        int tokensBefore = FcmStub.tokensIssued.get();
        DeliveryOutcome sent = deliver(true).get(0);
        assertEquals(DeliveryOutcome.Status.SENT, sent.status(), sent.toString());
        assertEquals("fcm:" + id, sent.address());
        assertEquals(200, sent.providerStatus());
        assertTrue(sent.providerAnswer().startsWith("projects/" + FcmStub.PROJECT + "/messages/"));
        JsonNode message = FcmStub.messages.get(0).path("message");
        assertEquals(token, message.path("token").asText());
        assertEquals("Snow day", message.path("notification").path("title").asText());
        assertEquals("School is closed today", message.path("notification").path("body").asText());
        assertEquals("announcement.posted", message.path("data").path("kind").asText());
        assertEquals("/threads/t-9", message.path("data").path("link").asText());
        assertEquals("t-9", message.path("data").path("threadId").asText());
        assertEquals("HIGH", message.path("android").path("priority").asText());
        assertEquals("thread:t-9", message.path("android").path("collapse_key").asText());
        assertEquals("86400s", message.path("android").path("ttl").asText());
        assertEquals(DeliveryOutcome.Status.SENT, deliver(false).get(0).status());
        assertEquals("NORMAL", FcmStub.messages.get(1).path("message").path("android").path("priority").asText());
        // One access token served both sends (at most one was fetched for this test).
        assertTrue(FcmStub.tokensIssued.get() - tokensBefore <= 1);
    }

    @Test
    void fcmsDocumentedErrorsForgetRetryOrFail() {
        record Case(String name, int status, String body, Map<String, String> headers, DeliveryOutcome.Status expected,
                    boolean forgotten, Duration retryAfter) {
        }
        List<Case> cases = List.of(
                new Case("unregistered", 404, FcmStub.error(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED"),
                        Map.of(), DeliveryOutcome.Status.FAILED, true, null),
                new Case("invalid token", 400, FcmStub.error(400, "INVALID_ARGUMENT",
                        "The registration token is not a valid FCM registration token", "INVALID_ARGUMENT"),
                        Map.of(), DeliveryOutcome.Status.FAILED, true, null),
                new Case("sender mismatch", 403, FcmStub.error(403, "PERMISSION_DENIED", "SenderId mismatch", "SENDER_ID_MISMATCH"),
                        Map.of(), DeliveryOutcome.Status.FAILED, true, null),
                new Case("invalid message", 400, """
                        {"error":{"code":400,"message":"Invalid value at 'message.data[0].value' (TYPE_STRING), 12",
                        "status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest",
                        "fieldViolations":[{"field":"message.data[0].value","description":"Invalid value"}]}]}}""",
                        Map.of(), DeliveryOutcome.Status.FAILED, false, null),
                new Case("quota exceeded", 429, FcmStub.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded.", "QUOTA_EXCEEDED"),
                        Map.of("Retry-After", "30"), DeliveryOutcome.Status.RETRY, false, Duration.ofSeconds(30)),
                new Case("unavailable", 503, FcmStub.error(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE"),
                        Map.of("Retry-After", "10"), DeliveryOutcome.Status.RETRY, false, Duration.ofSeconds(10)),
                new Case("internal", 500, FcmStub.error(500, "INTERNAL", "Internal error.", "INTERNAL"),
                        Map.of(), DeliveryOutcome.Status.RETRY, false, null));
        for (Case c : cases) {
            d = TestDistrict.create();
            String token = PushFixtures.fcmToken();
            String id = register(token);
            FcmStub.answers.put(token, new FcmStub.Answer(c.status(), c.body(), c.headers(), 0));
            DeliveryOutcome outcome = deliver(false).get(0);
            assertEquals(c.expected(), outcome.status(), c.name() + ": " + outcome);
            assertEquals(c.status(), outcome.providerStatus(), c.name());
            assertEquals(c.retryAfter(), outcome.retryAfter(), c.name());
            assertEquals("fcm:" + id, outcome.address());
            assertTrue(!outcome.providerAnswer().contains(token), "the token never reaches the ledger");
            Api.validated(d.guardianA()).get("/api/v1/me/push-devices/" + id).then().statusCode(c.forgotten() ? 404 : 200);
        }
    }

    @Test
    void aSlowFcmIsARetryWithinTheTimeoutAndARevokedAccessTokenIsRenewed() {
        String token = PushFixtures.fcmToken();
        register(token);
        FcmStub.answers.put(token, new FcmStub.Answer(200, "", Map.of(), 3_000));
        long started = System.nanoTime();
        DeliveryOutcome slow = deliver(false).get(0);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0);
        assertEquals(DeliveryOutcome.Status.RETRY, slow.status(), slow.toString());
        FcmStub.answers.remove(token);

        FcmStub.revokeAccessTokens();
        DeliveryOutcome unauthorized = deliver(false).get(0);
        assertEquals(DeliveryOutcome.Status.RETRY, unauthorized.status());
        assertEquals(401, unauthorized.providerStatus());
        assertEquals(DeliveryOutcome.Status.SENT, deliver(false).get(0).status());

        // The token endpoint refusing the service account is a retry too, and the device stays.
        FcmStub.revokeAccessTokens();
        deliver(false);
        FcmStub.refuseNextAccessToken = true;
        DeliveryOutcome refused = deliver(false).get(0);
        assertEquals(DeliveryOutcome.Status.RETRY, refused.status(), refused.toString());
        assertEquals(DeliveryOutcome.Status.SENT, deliver(false).get(0).status());
    }

    private String register(String token) {
        return Api.validated(d.guardianA()).contentType("application/json").body(PushFixtures.fcm(token))
                .post("/api/v1/me/push-devices").then().statusCode(201).extract().path("id");
    }

    private List<DeliveryOutcome> deliver(boolean urgent) {
        return push.deliver(new OutgoingNotification(d.tenantId, UUID.randomUUID(), d.guardianAAccount, "announcement.posted",
                "Snow day", "School is closed today", "/threads/t-9", Map.of("threadId", "t-9"), urgent, "en", "thread:t-9"));
    }
}
