package org.tandem.webhooks;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.tandem.platform.outbox.DomainEvents;
import org.tandem.testsupport.Api;

/** Helpers of the webhook tests: registering endpoints, publishing events, waiting for deliveries. */
final class Hooks {

    private Hooks() {
    }

    /** Registers an endpoint; the answer (with its one-time secret). */
    static JsonPath register(String token, String url, String... types) {
        return Api.validated(token).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", List.of(types), "description", "test receiver"))
                .post("/api/v1/webhook-endpoints").then().statusCode(201).extract().jsonPath();
    }

    /** Publishes events of one type for the district, in one transaction (as a feature's change would). */
    static void publish(UUID tenant, String type, int count) {
        DomainEvents events = Arc.container().instance(DomainEvents.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                events.publish(tenant, type, UUID.randomUUID(), null, Map.of("n", i, "goalId", UUID.randomUUID().toString()));
            }
        });
    }

    /**
     * Waits for a condition. Events become readable once every older transaction on the database server
     * has ended (the outbox's horizon is server-wide), so on a shared test server another suite's long
     * transaction can hold them back for a while: waits are at least two minutes.
     */
    static void await(String what, Duration within, BooleanSupplier condition) {
        Duration wait = within.compareTo(Duration.ofMinutes(2)) < 0 ? Duration.ofMinutes(2) : within;
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The endpoint's deliveries as its owner reads them. */
    static JsonPath deliveries(String token, String endpointId) {
        return Api.validated(token).get("/api/v1/webhook-endpoints/" + endpointId + "/deliveries?limit=100")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath delivery(String token, String endpointId, String deliveryId) {
        return Api.validated(token).get("/api/v1/webhook-endpoints/" + endpointId + "/deliveries/" + deliveryId)
                .then().statusCode(200).extract().jsonPath();
    }
}
