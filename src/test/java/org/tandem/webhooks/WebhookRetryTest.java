package org.tandem.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.persistence.Sql;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * What happens when a receiver fails: retries on the (test) schedule, Retry-After, 410, timeouts,
 * redirects not followed, bounded answers, a slow endpoint beside a fast one, days of failure, a
 * receiver that comes back, and a replay by hand. The test schedule is 0.3 s, 0.5 s, 1 s, 1 s, 2 s, 2 s.
 */
@QuarkusTest
class WebhookRetryTest {

    private TestDistrict d;
    private Receiver receiver;

    @BeforeEach
    void setUp() {
        d = TestDistrict.create();
        receiver = new Receiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void aFailingReceiverIsRetriedUntilItAcceptsAndEveryAttemptIsLogged() {
        AtomicInteger calls = new AtomicInteger();
        receiver.answer("/flaky", () -> calls.incrementAndGet() <= 2
                ? new Receiver.Answer(500, Map.of(), "database is down", Duration.ZERO) : Receiver.Answer.ok());
        String id = Hooks.register(d.districtAdmin(), receiver.url("/flaky"), "goal.agreed").getString("id");
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        JsonPath delivery = succeeded(id);
        assertEquals(3, delivery.getInt("attempts"));
        assertEquals(List.of("failed", "failed", "succeeded"), delivery.getList("attemptLog.outcome"));
        assertEquals(List.of(500, 500, 204), delivery.getList("attemptLog.statusCode"));
        assertEquals("database is down", delivery.getString("attemptLog[0].responseExcerpt"));
        List<Receiver.Received> got = receiver.at("/flaky");
        assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count(), "the same webhook-id on every retry");
        long gap = (got.get(1).atNanos() - got.get(0).atNanos()) / 1_000_000;
        assertTrue(gap >= 250, "the first retry waits the schedule's first step (0.3 s), waited " + gap + " ms");
        Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + id).then().body("failingSince", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void retryAfterIsHonoured() {
        AtomicInteger calls = new AtomicInteger();
        receiver.answer("/busy", () -> calls.incrementAndGet() == 1
                ? new Receiver.Answer(429, Map.of("Retry-After", "2"), "", Duration.ZERO) : Receiver.Answer.ok());
        String id = Hooks.register(d.districtAdmin(), receiver.url("/busy"), "goal.agreed").getString("id");
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        succeeded(id);
        List<Receiver.Received> got = receiver.at("/busy");
        long gap = (got.get(1).atNanos() - got.get(0).atNanos()) / 1_000_000;
        assertTrue(gap >= 1900, "waited as asked (2 s) rather than the schedule's 0.3 s: " + gap + " ms");
    }

    @Test
    void a410DisablesTheEndpointAndItsOtherDeliveriesWait() {
        receiver.answer("/gone", () -> Receiver.Answer.status(410));
        String id = Hooks.register(d.districtAdmin(), receiver.url("/gone"), "goal.agreed").getString("id");
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        Hooks.await("the endpoint is disabled", Duration.ofSeconds(20), () -> "disabled".equals(
                Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + id).then().extract().path("status")));
        Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + id).then()
                .body("disabledReason", org.hamcrest.Matchers.containsString("410"));
        assertEquals(1, receiver.at("/gone").size(), "a 410 is not retried");
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        sleep(1500);
        assertEquals(1, receiver.at("/gone").size(), "a disabled endpoint gets nothing new");
    }

    @Test
    void aSlowEndpointTimesOutAndNeverHoldsUpAnother() {
        receiver.answer("/slow", () -> new Receiver.Answer(200, Map.of(), "", Duration.ofSeconds(5)));
        String slow = Hooks.register(d.districtAdmin(), receiver.url("/slow"), "goal.agreed").getString("id");
        Hooks.register(d.districtAdmin(), receiver.url("/fast"), "goal.agreed");
        Hooks.publish(d.tenantId, "goal.agreed", 30);
        Hooks.await("the fast endpoint has all 30", Duration.ofSeconds(20), () -> receiver.at("/fast").size() >= 30);
        List<Receiver.Received> fast = receiver.at("/fast");
        long fastMs = (fast.get(fast.size() - 1).atNanos() - receiver.received.get(0).atNanos()) / 1_000_000;
        assertTrue(fastMs < 1900, "the fast endpoint got all 30 before the slow one's first attempts timed out (2 s): "
                + fastMs + " ms");
        assertTrue(receiver.at("/slow").size() <= 8 * 2, "the slow endpoint holds at most its own share of slots");
        Hooks.await("a timeout is logged", Duration.ofSeconds(20), () -> Hooks.deliveries(d.districtAdmin(), slow)
                .getList("items.findAll { it.attempts > 0 }").size() > 0);
        String deliveryId = Hooks.deliveries(d.districtAdmin(), slow).getString("items.find { it.attempts > 0 }.id");
        JsonPath one = Hooks.delivery(d.districtAdmin(), slow, deliveryId);
        assertEquals("timeout", one.getString("attemptLog[0].outcome"));
        assertTrue(one.getInt("attemptLog[0].latencyMs") >= 1900, "the request timeout (2 s in tests) ended it");
    }

    @Test
    void aSlowEndpointsBacklogNeverDelaysAnotherEndpointsDeliveries() {
        // 400 due deliveries of a slow endpoint, more than one instance holds in all (4 x 64): a claim
        // that walked everyone's due deliveries in time order would be filled with them, and the fast
        // endpoint's would wait until the backlog drained (minutes at 8 per 2 s timeout).
        receiver.answer("/slow", () -> new Receiver.Answer(200, Map.of(), "", Duration.ofSeconds(5)));
        String slow = Hooks.register(d.districtAdmin(), receiver.url("/slow"), "goal.achieved").getString("id");
        Hooks.register(d.districtAdmin(), receiver.url("/fast"), "goal.agreed");
        Hooks.publish(d.tenantId, "goal.achieved", 400);
        Hooks.await("the slow endpoint's backlog is being sent", Duration.ofSeconds(20), () -> !receiver.at("/slow").isEmpty());
        long published = System.nanoTime();
        Hooks.publish(d.tenantId, "goal.agreed", 5);
        Hooks.await("the fast endpoint has all 5", Duration.ofSeconds(20), () -> receiver.at("/fast").size() >= 5);
        List<Receiver.Received> fast = receiver.at("/fast");
        long fastMs = (fast.get(fast.size() - 1).atNanos() - published) / 1_000_000;
        assertTrue(fastMs < 1900, "the fast endpoint got its 5 before the slow one's attempts timed out (2 s): " + fastMs + " ms");
        assertTrue(receiver.at("/slow").size() <= 8 * 2, "the slow endpoint had at most its own slots: " + receiver.at("/slow").size());
        // Its backlog would keep retrying against a closed receiver through the next tests.
        Api.validated(d.districtAdmin()).delete("/api/v1/webhook-endpoints/" + slow).then().statusCode(204);
    }

    @Test
    void anEndpointThatStrugglesIsSentFewerAtOnceAndMoreAgainWhenItRecovers() {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        receiver.answer("/strained", () -> down.get() ? new Receiver.Answer(503, Map.of(), "overloaded", Duration.ZERO)
                : Receiver.Answer.ok());
        String id = Hooks.register(d.districtAdmin(), receiver.url("/strained"), "goal.agreed").getString("id");
        java.util.UUID endpoint = java.util.UUID.fromString(id);
        WebhookDispatcher dispatcher = jakarta.enterprise.inject.spi.CDI.current().select(WebhookDispatcher.class).get();
        Hooks.publish(d.tenantId, "goal.agreed", 40);
        Hooks.await("503s narrow its window to one send at a time", Duration.ofSeconds(20), () -> dispatcher.windowOf(endpoint) == 1);
        down.set(false);
        Hooks.await("all 40 accepted once it recovers", Duration.ofSeconds(30),
                () -> Hooks.deliveries(d.districtAdmin(), id).getList("items.findAll { it.status == 'succeeded' }").size() >= 40);
        assertTrue(dispatcher.windowOf(endpoint) > 1, "answers widen it again: " + dispatcher.windowOf(endpoint));
    }

    @Test
    void redirectsAreNotFollowedAndAnswersAreReadOnlyUpToTheBound() {
        receiver.answer("/moved", () -> new Receiver.Answer(302, Map.of("Location", receiver.url("/elsewhere")), "", Duration.ZERO));
        receiver.answer("/chatty", () -> new Receiver.Answer(500, Map.of(), "x".repeat(200_000), Duration.ZERO));
        String moved = Hooks.register(d.districtAdmin(), receiver.url("/moved"), "goal.agreed").getString("id");
        String chatty = Hooks.register(d.districtAdmin(), receiver.url("/chatty"), "goal.agreed").getString("id");
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        Hooks.await("both attempted", Duration.ofSeconds(20), () -> receiver.at("/moved").size() >= 1 && receiver.at("/chatty").size() >= 1);
        sleep(300);
        assertEquals(0, receiver.at("/elsewhere").size(), "a redirect is a failure, never followed");
        String movedDelivery = Hooks.deliveries(d.districtAdmin(), moved).getString("items[0].id");
        Hooks.await("the redirect is logged", Duration.ofSeconds(10),
                () -> Hooks.delivery(d.districtAdmin(), moved, movedDelivery).getInt("attempts") >= 1);
        assertEquals(302, Hooks.delivery(d.districtAdmin(), moved, movedDelivery).getInt("attemptLog[0].statusCode"));
        String chattyDelivery = Hooks.deliveries(d.districtAdmin(), chatty).getString("items[0].id");
        Hooks.await("the big answer is logged", Duration.ofSeconds(10),
                () -> Hooks.delivery(d.districtAdmin(), chatty, chattyDelivery).getInt("attempts") >= 1);
        assertEquals(1024, Hooks.delivery(d.districtAdmin(), chatty, chattyDelivery).getString("attemptLog[0].responseExcerpt").length());
    }

    @Test
    void aReceiverThatIsDownGetsEverythingWhenItComesBack() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/back";
        String id = Hooks.register(d.districtAdmin(), url, "goal.agreed").getString("id");
        Hooks.publish(d.tenantId, "goal.agreed", 10);
        Hooks.await("the first attempts fail", Duration.ofSeconds(20), () -> Hooks.deliveries(d.districtAdmin(), id)
                .getList("items.findAll { it.attempts >= 2 }").size() == 10);
        Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + id).then()
                .body("failingSince", org.hamcrest.Matchers.notNullValue());
        try (Receiver back = new Receiver(port)) {
            Hooks.await("all ten arrive", Duration.ofSeconds(20), () -> back.at("/back").stream()
                    .map(r -> r.header("webhook-id")).distinct().count() == 10);
            Hooks.await("all ten succeeded", Duration.ofSeconds(10), () -> Hooks.deliveries(d.districtAdmin(), id)
                    .getList("items.findAll { it.status == 'succeeded' }").size() == 10);
        }
    }

    @Test
    void anEndpointFailingForDaysIsDisabledAndItsOwnerToldAndAReplayResendsByHand() {
        receiver.answer("/dead", () -> Receiver.Answer.status(503));
        String id = Hooks.register(d.districtAdmin(), receiver.url("/dead"), "goal.agreed").getString("id");
        Sql sql = Arc.container().instance(Sql.class).get();
        // It has failed for six days already (the limit is five).
        sql.update("UPDATE webhook_endpoint SET failing_since = now() - interval '6 days' WHERE tenant_id = ? AND id = ?",
                d.tenantId.toString(), UUID.fromString(id));
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        Hooks.await("the endpoint is disabled", Duration.ofSeconds(20), () -> "disabled".equals(
                Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + id).then().extract().path("status")));
        Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + id).then()
                .body("disabledReason", org.hamcrest.Matchers.startsWith("Every delivery failed since"));
        List<String> mailed = sql.list("SELECT recipient FROM mail_outbox WHERE tenant_id = ? AND about_id = ?",
                rs -> rs.getString(1), d.tenantId.toString(), UUID.fromString(id));
        assertEquals(List.of("superintendent@" + d.tenantId.toString().substring(0, 8) + ".test"), mailed, "the owner is told");

        // The receiver is fixed; the owner enables the endpoint again and replays the delivery by hand.
        receiver.answer("/dead", Receiver.Answer::ok);
        String etag = Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + id).then().extract().header("ETag");
        Api.validated(d.districtAdmin()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\": \"enabled\"}").patch("/api/v1/webhook-endpoints/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("enabled")).body("failingSince", org.hamcrest.Matchers.nullValue());
        String deliveryId = Hooks.deliveries(d.districtAdmin(), id).getString("items[0].id");
        Api.validated(d.districtAdmin()).post("/api/v1/webhook-endpoints/" + id + "/deliveries/" + deliveryId + "/replay")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.is("pending"));
        JsonPath done = succeeded(id);
        assertTrue(done.getBoolean("attemptLog[-1].manual"), "the replayed attempt is marked manual");
    }

    private JsonPath succeeded(String endpointId) {
        Hooks.await("the delivery succeeds", Duration.ofSeconds(20),
                () -> "succeeded".equals(Hooks.deliveries(d.districtAdmin(), endpointId).getString("items[0].status")));
        String deliveryId = Hooks.deliveries(d.districtAdmin(), endpointId).getString("items[0].id");
        return Hooks.delivery(d.districtAdmin(), endpointId, deliveryId);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
