package org.tandem.notifications.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.notifications.channel.NotificationChannel;
import org.tandem.notifications.channel.OutgoingNotification;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * Web Push end to end: a subscription made at web-push-testing (an independent push service) with the
 * key the API publishes, registered through the API, and a notification sent by the push channel that
 * the service accepts only with a valid VAPID signature and decrypts with the subscription's key.
 */
@QuarkusTest
class WebPushEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebPushTestingService pushService;

    @Inject
    @Any
    Instance<NotificationChannel> channels;

    private TestDistrict d;

    @BeforeAll
    static void startPushService() {
        pushService = WebPushTestingService.start();
    }

    @AfterAll
    static void stopPushService() {
        pushService.close();
    }

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void aNotificationReachesTheBrowserDecryptedAndAGoneSubscriptionIsForgotten() throws Exception {
        String vapidKey = Api.validated().get("/api/v1/push/web-push-key").then().statusCode(200).extract().path("publicKey");
        WebPushTestingService.Subscription browser = pushService.subscribe(vapidKey);
        String deviceId = register(browser);

        List<DeliveryOutcome> outcomes = push().deliver(notification(d.guardianAAccount, "Field trip tomorrow",
                "Bring a packed lunch and ¡una gorra! 🧢", true));
        assertEquals(1, outcomes.size());
        DeliveryOutcome sent = outcomes.get(0);
        assertEquals(DeliveryOutcome.Status.SENT, sent.status(), sent.toString());
        assertEquals("web:" + deviceId, sent.address());
        assertEquals(201, sent.providerStatus());
        List<String> received = pushService.messages(browser.clientHash());
        assertEquals(1, received.size());
        JsonNode payload = JSON.readTree(received.get(0));
        assertEquals("Field trip tomorrow", payload.path("title").asText());
        assertEquals("Bring a packed lunch and ¡una gorra! 🧢", payload.path("body").asText());
        assertEquals("message.posted", payload.path("kind").asText());
        assertEquals("/threads/t-1", payload.path("link").asText());
        assertEquals("t-1", payload.path("data").path("threadId").asText());
        assertTrue(payload.path("urgent").asBoolean());
        Api.validated(d.guardianA()).get("/api/v1/me/push-devices/" + deviceId).then().statusCode(200)
                .body("lastSentAt", org.hamcrest.Matchers.notNullValue());

        // A body far beyond what a push service must accept is shortened, and still arrives.
        DeliveryOutcome longOne = push().deliver(notification(d.guardianAAccount, "Newsletter", "word ".repeat(2000), false)).get(0);
        assertEquals(DeliveryOutcome.Status.SENT, longOne.status(), longOne.toString());
        JsonNode shortened = JSON.readTree(pushService.messages(browser.clientHash()).get(1));
        assertTrue(shortened.path("body").asText().endsWith("…"));
        assertTrue(received.get(0).length() < WebPushProvider.MAX_PLAINTEXT);

        // The browser unsubscribed: the push service answers 410, and the device is forgotten.
        pushService.expire(browser.clientHash());
        DeliveryOutcome gone = push().deliver(notification(d.guardianAAccount, "Again", "x", false)).get(0);
        assertEquals(DeliveryOutcome.Status.FAILED, gone.status());
        assertEquals(410, gone.providerStatus());
        Api.validated(d.guardianA()).get("/api/v1/me/push-devices/" + deviceId).then().statusCode(404);
        assertEquals(List.of(DeliveryOutcome.noAddress()), push().deliver(notification(d.guardianAAccount, "Again", "x", false)));
    }

    @Test
    void eachOfAPersonsBrowsersGetsItAndNobodyElse() {
        String vapidKey = Api.validated().get("/api/v1/push/web-push-key").path("publicKey");
        WebPushTestingService.Subscription laptop = pushService.subscribe(vapidKey);
        WebPushTestingService.Subscription phone = pushService.subscribe(vapidKey);
        WebPushTestingService.Subscription someoneElse = pushService.subscribe(vapidKey);
        register(laptop);
        register(phone);
        Api.validated(d.guardianB()).contentType("application/json")
                .body(PushFixtures.web(someoneElse.endpoint(), someoneElse.p256dh(), someoneElse.auth()))
                .post("/api/v1/me/push-devices").then().statusCode(201);
        List<DeliveryOutcome> outcomes = push().deliver(notification(d.guardianAAccount, "Hello", "both", false));
        assertEquals(2, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.status() == DeliveryOutcome.Status.SENT), outcomes.toString());
        assertEquals(1, pushService.messages(laptop.clientHash()).size());
        assertEquals(1, pushService.messages(phone.clientHash()).size());
        assertEquals(0, pushService.messages(someoneElse.clientHash()).size());
    }

    @Test
    void aThrottledSlowOrUnreachablePushServiceIsARetryAndKeepsTheDevice() throws Exception {
        HttpServer misbehaving = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        misbehaving.createContext("/throttled", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        misbehaving.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        misbehaving.createContext("/slow", exchange -> {
            try {
                Thread.sleep(4_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        misbehaving.createContext("/refuses", exchange -> {
            exchange.sendResponseHeaders(413, -1);
            exchange.close();
        });
        misbehaving.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        misbehaving.start();
        try {
            String base = "http://localhost:" + misbehaving.getAddress().getPort();
            Map<String, DeliveryOutcome.Status> expected = Map.of("/throttled", DeliveryOutcome.Status.RETRY,
                    "/down", DeliveryOutcome.Status.RETRY, "/slow", DeliveryOutcome.Status.RETRY,
                    "/refuses", DeliveryOutcome.Status.FAILED);
            for (Map.Entry<String, DeliveryOutcome.Status> c : expected.entrySet()) {
                TestDistrict fresh = TestDistrict.create();
                Api.validated(fresh.guardianA()).contentType("application/json").body(PushFixtures.web(base + c.getKey()))
                        .post("/api/v1/me/push-devices").then().statusCode(201);
                long started = System.nanoTime();
                DeliveryOutcome outcome = push().deliver(new OutgoingNotification(fresh.tenantId, UUID.randomUUID(),
                        fresh.guardianAAccount, "message.posted", "t", "b", "/x", Map.of(), false, "en", null)).get(0);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertEquals(c.getValue(), outcome.status(), c.getKey() + ": " + outcome);
                assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, c.getKey() + " took " + took);
                if (c.getKey().equals("/throttled")) {
                    assertEquals(Duration.ofSeconds(120), outcome.retryAfter());
                    assertEquals(429, outcome.providerStatus());
                }
                if (c.getKey().equals("/slow")) {
                    assertNull(outcome.providerStatus());
                }
                // None of these is the device's fault: it stays registered.
                assertEquals(1, Api.validated(fresh.guardianA()).get("/api/v1/me/push-devices").then().extract()
                        .jsonPath().getList("items").size());
            }
        } finally {
            misbehaving.stop(0);
        }
    }

    private String register(WebPushTestingService.Subscription browser) {
        return Api.validated(d.guardianA()).contentType("application/json")
                .body(PushFixtures.web(browser.endpoint(), browser.p256dh(), browser.auth()))
                .post("/api/v1/me/push-devices").then().statusCode(201).extract().path("id");
    }

    private NotificationChannel push() {
        return channels.stream().filter(c -> c.name().equals("push")).findFirst().orElseThrow();
    }

    private OutgoingNotification notification(UUID recipient, String title, String body, boolean urgent) {
        return new OutgoingNotification(d.tenantId, UUID.randomUUID(), recipient, "message.posted", title, body,
                "/threads/t-1", Map.of("threadId", "t-1"), urgent, "es", "thread:t-1");
    }
}
