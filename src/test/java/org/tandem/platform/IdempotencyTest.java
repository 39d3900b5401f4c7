package org.tandem.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.ProbeResource;
import org.tandem.testsupport.TestTokens;

@QuarkusTest
class IdempotencyTest {

    private static final String WIDGETS = "/api/v1/test-probe/widgets";
    private final String subject = TestTokens.randomSubject();
    private final String caller = TestTokens.forRoles(subject, "teacher");

    @Inject
    AgroalDataSource dataSource;

    private Response post(String token, String key, Object body) {
        return Api.raw(token).contentType("application/json").header("Idempotency-Key", key).body(body).post(WIDGETS);
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        Response first = post(caller, key, Map.of("name", "replayed", "quantity", 3));
        first.then().statusCode(201);
        int created = ProbeResource.CREATIONS.get();

        // Same JSON written differently is the same request.
        Response again = post(caller, key, "{ \"quantity\": 3,   \"name\": \"replayed\" }");
        again.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("id", equalTo(first.jsonPath().getString("id")));
        assertEquals(created, ProbeResource.CREATIONS.get(), "the replay did not run the operation again");
        Api.raw(caller).get(WIDGETS).then().body("items.size()", equalTo(1));
    }

    @Test
    void sameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        post(caller, key, Map.of("name", "first", "quantity", 1)).then().statusCode(201);
        post(caller, key, Map.of("name", "second", "quantity", 1)).then()
                .statusCode(422).contentType("application/problem+json").body("code", equalTo("idempotency_key_reused"));
        Api.raw(caller).get(WIDGETS).then().body("items.name", equalTo(List.of("first")));
    }

    @Test
    void sameKeyAndBodyWithOtherQueryOptionsIsA422ButTheirOrderDoesNotMatter() {
        String key = UUID.randomUUID().toString();
        Api.raw(caller).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("name", "queried", "quantity", 1)).post(WIDGETS + "?a=1&b=2").then().statusCode(201);
        Api.raw(caller).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("name", "queried", "quantity", 1)).post(WIDGETS + "?b=2&a=1").then()
                .statusCode(201).header("Idempotent-Replayed", "true");
        Api.raw(caller).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("name", "queried", "quantity", 1)).post(WIDGETS + "?a=1&b=3").then()
                .statusCode(422).body("code", equalTo("idempotency_key_reused"));
        post(caller, key, Map.of("name", "queried", "quantity", 1)).then().statusCode(422);
        Api.raw(caller).get(WIDGETS).then().body("items.name", equalTo(List.of("queried")));
    }

    @Test
    void aRetryWhileTheFirstIsRunningIsA409() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ProbeResource.SLOW_STARTED.drainPermits();
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
                    Api.raw(caller).contentType("application/json").header("Idempotency-Key", key)
                            .body(Map.of("name", "slow", "quantity", 1)).post("/api/v1/test-probe/slow").statusCode(), pool);
            assertTrue(ProbeResource.SLOW_STARTED.tryAcquire(10, TimeUnit.SECONDS), "the first request is being served");
            Response second = Api.raw(caller).contentType("application/json").header("Idempotency-Key", key)
                    .body(Map.of("name", "slow", "quantity", 1)).post("/api/v1/test-probe/slow");
            second.then().statusCode(409).body("code", equalTo("idempotency_request_in_flight"));
            assertEquals(200, first.get());
            Api.raw(caller).contentType("application/json").header("Idempotency-Key", key)
                    .body(Map.of("name", "slow", "quantity", 1)).post("/api/v1/test-probe/slow")
                    .then().statusCode(200).header("Idempotent-Replayed", "true");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRequestsWithOneKeyRunTheOperationOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return post(caller, key, Map.of("name", "once", "quantity", 1)).statusCode();
                }, pool));
            }
            go.countDown();
            for (CompletableFuture<Integer> result : results) {
                int status = result.get();
                assertEquals(true, status == 201 || status == 409, "201 or 409, got " + status);
            }
            Api.raw(caller).get(WIDGETS).then().body("items.size()", equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        Response mine = post(caller, key, Map.of("name", "mine", "quantity", 1));
        String other = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");
        Response theirs = post(other, key, Map.of("name", "mine", "quantity", 1));
        theirs.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertNotEquals(mine.jsonPath().getString("id"), theirs.jsonPath().getString("id"));
        String otherTenant = TestTokens.forTenant(UUID.randomUUID().toString(), subject, "teacher");
        post(otherTenant, key, Map.of("name", "mine", "quantity", 1)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aFailedRequestFreesTheKeyForACorrectedRetry() {
        String key = UUID.randomUUID().toString();
        post(caller, key, Map.of("name", "", "quantity", 1)).then().statusCode(422);
        post(caller, key, Map.of("name", "corrected", "quantity", 1)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void anExpiredKeyRunsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        post(caller, key, Map.of("name", "old", "quantity", 1)).then().statusCode(201);
        try (Connection c = dataSource.getConnection();
             PreparedStatement expire = c.prepareStatement(
                     "UPDATE idempotency_record SET expires_at = now() - interval '1 second' WHERE idempotency_key = ?")) {
            expire.setString(1, key);
            assertEquals(1, expire.executeUpdate());
        }
        post(caller, key, Map.of("name", "old", "quantity", 1)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        Api.raw(caller).get(WIDGETS).then().body("items.size()", equalTo(2));
    }

    @Test
    void keysAreKeptForAtLeast24Hours() throws Exception {
        String key = UUID.randomUUID().toString();
        post(caller, key, Map.of("name", "kept", "quantity", 1)).then().statusCode(201);
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT expires_at - created_at >= interval '24 hours' FROM idempotency_record WHERE idempotency_key = ?")) {
            select.setString(1, key);
            var rs = select.executeQuery();
            rs.next();
            assertEquals(true, rs.getBoolean(1));
        }
    }

    @Test
    void malformedKeysAreA400() {
        post(caller, "x".repeat(256), Map.of("name", "n", "quantity", 1)).then().statusCode(400)
                .body("code", equalTo("invalid_parameter"));
        post(caller, "has space", Map.of("name", "n", "quantity", 1)).then().statusCode(400);
        Api.raw(caller).get(WIDGETS).then().body("items.size()", equalTo(0));
    }
}
