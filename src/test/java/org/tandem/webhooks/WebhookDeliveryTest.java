package org.tandem.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Standard Webhooks delivery end to end: outbox → fan-out → signed POST, verified by the npm library. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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
    void theJavaLibrarySignsTheSpecsTestVector() throws Exception {
        // standard-webhooks libraries/python/tests/test_webhooks.py
        String signature = new Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                .sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    @Test
    void subscribedEventsArriveSignedAndVerifyWithTheIndependentLibrary() throws Exception {
        JsonPath endpoint = Hooks.register(d.districtAdmin(), receiver.url("/hooks"), "goal.agreed", "goal.achieved");
        String secret = endpoint.getString("secret");
        assertTrue(secret.startsWith("whsec_"));
        Hooks.publish(d.tenantId, "goal.agreed", 3);
        Hooks.publish(d.tenantId, "message.posted", 2); // not subscribed
        Hooks.publish(d.tenantId, "goal.achieved", 1);
        Hooks.await("four deliveries arrive", Duration.ofSeconds(20), () -> receiver.at("/hooks").size() >= 4);
        Thread.sleep(500);
        List<Receiver.Received> got = receiver.at("/hooks");
        assertEquals(4, got.size(), "only the subscribed types");

        List<String> verdicts = NodeVerifier.verify(secret, got);
        assertEquals(Collections.nCopies(4, (String) null), verdicts, "every signature verifies with npm standardwebhooks");
        String otherSecret = Hooks.register(d.districtAdmin(), receiver.url("/other"), "goal.agreed").getString("secret");
        assertTrue(NodeVerifier.verify(otherSecret, got).stream().allMatch(v -> v != null), "another endpoint's secret does not verify");

        Set<String> ids = new HashSet<>();
        List<String> types = new ArrayList<>();
        for (Receiver.Received request : got) {
            assertTrue(request.header("webhook-id").matches("evt_\\d+"));
            ids.add(request.header("webhook-id"));
            long timestamp = Long.parseLong(request.header("webhook-timestamp"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60);
            assertEquals("application/json", request.header("content-type"));
            JsonNode body = JSON.readTree(request.body());
            assertEquals(Set.of("type", "timestamp", "data"), fieldNames(body));
            types.add(body.get("type").asText());
            Instant.parse(body.get("timestamp").asText());
            assertTrue(body.get("data").has("goalId"));
        }
        assertEquals(4, ids.size());
        Collections.sort(types);
        assertEquals(List.of("goal.achieved", "goal.agreed", "goal.agreed", "goal.agreed"), types);

        // Every attempt is logged and visible to the owner.
        String id = endpoint.getString("id");
        Hooks.await("four deliveries recorded", Duration.ofSeconds(10),
                () -> Hooks.deliveries(d.districtAdmin(), id).getList("items.findAll { it.status == 'succeeded' }").size() == 4);
        JsonPath list = Hooks.deliveries(d.districtAdmin(), id);
        String deliveryId = list.getString("items[0].id");
        JsonPath one = Hooks.delivery(d.districtAdmin(), id, deliveryId);
        assertEquals(1, one.getInt("attempts"));
        assertEquals(204, one.getInt("attemptLog[0].statusCode"));
        assertEquals("succeeded", one.getString("attemptLog[0].outcome"));
        assertTrue(one.getInt("attemptLog[0].latencyMs") >= 0);
        assertFalse(one.getBoolean("attemptLog[0].manual"));
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneDuringTheOverlapOnly() throws Exception {
        JsonPath endpoint = Hooks.register(d.districtAdmin(), receiver.url("/rotating"), "goal.agreed");
        String id = endpoint.getString("id");
        String oldSecret = endpoint.getString("secret");
        JsonPath rotated = Api.validated(d.districtAdmin()).contentType("application/json").body(Map.of("overlapSeconds", 3600))
                .post("/api/v1/webhook-endpoints/" + id + "/secret/rotation").then().statusCode(200).extract().jsonPath();
        String newSecret = rotated.getString("secret");
        assertTrue(newSecret.startsWith("whsec_") && !newSecret.equals(oldSecret));
        Api.validated(d.districtAdmin()).get("/api/v1/webhook-endpoints/" + id).then().statusCode(200)
                .body("previousSecretExpiresAt", org.hamcrest.Matchers.notNullValue())
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));

        Hooks.publish(d.tenantId, "goal.agreed", 1);
        Hooks.await("the delivery during the overlap", Duration.ofSeconds(20), () -> receiver.at("/rotating").size() == 1);
        Receiver.Received during = receiver.at("/rotating").get(0);
        assertEquals(2, during.header("webhook-signature").split(" ").length, "both secrets sign");
        assertNull(NodeVerifier.verify(oldSecret, List.of(during)).get(0), "a receiver still on the old secret verifies");
        assertNull(NodeVerifier.verify(newSecret, List.of(during)).get(0), "a receiver already on the new one verifies");

        // Rotating with no overlap retires the previous secrets at once.
        String newest = Api.validated(d.districtAdmin()).contentType("application/json").body(Map.of("overlapSeconds", 0))
                .post("/api/v1/webhook-endpoints/" + id + "/secret/rotation").then().statusCode(200)
                .body("previousSecretExpiresAt", org.hamcrest.Matchers.nullValue()).extract().path("secret");
        Hooks.publish(d.tenantId, "goal.agreed", 1);
        Hooks.await("the delivery after the overlap", Duration.ofSeconds(20), () -> receiver.at("/rotating").size() == 2);
        Receiver.Received after = receiver.at("/rotating").get(1);
        assertEquals(1, after.header("webhook-signature").split(" ").length);
        assertNull(NodeVerifier.verify(newest, List.of(after)).get(0));
        assertTrue(NodeVerifier.verify(oldSecret, List.of(after)).get(0) != null, "the retired secret no longer verifies");
        assertTrue(NodeVerifier.verify(newSecret, List.of(after)).get(0) != null);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
