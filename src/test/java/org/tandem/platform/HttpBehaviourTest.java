package org.tandem.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestTokens;

@QuarkusTest
class HttpBehaviourTest {

    private final String teacher = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");

    @Test
    void apiResponsesAreNeverCachedAndCarrySecurityHeaders() {
        Api.raw(teacher).get("/api/v1/test-probe/widgets").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", notNullValue())
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void errorsCarryTheSecurityHeadersToo() {
        Api.raw().get("/api/v1/test-probe/widgets").then().statusCode(401)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void corsAllowsConfiguredOrigins() {
        Api.raw().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Idempotency-Key")
                .options("/api/v1/test-probe/widgets").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void corsRefusesOtherOrigins() {
        Api.raw().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/test-probe/widgets").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aMalformedRequestIdIsReplaced() {
        Api.raw().header("X-Request-Id", "bad id with spaces").get("/q/health/live").then()
                .header("X-Request-Id", org.hamcrest.Matchers.not(equalTo("bad id with spaces")));
    }

    @Test
    void healthIncludesTheDatabase() {
        Api.raw().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
        Api.raw().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        Api.raw().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("http_server_requests"));
    }

    @Test
    void metricsNameTheRouteTemplateOfRefusedAndServedRequests() {
        // LazyAuthFailureHandler spares each request Quarkus's eager template lookup; the metrics must
        // still group requests by route, whether refused (no token, a bad token) or answered.
        String thread = "/api/v1/threads/" + java.util.UUID.randomUUID();
        Api.raw().get(thread).then().statusCode(401);
        Api.raw().header("Authorization", "Bearer not-a-token").get(thread + "/messages").then().statusCode(401);
        int served = Api.raw(teacher).get(thread).then().extract().statusCode();
        java.util.List<String> counts = Api.raw().get("/q/metrics").then().statusCode(200).extract().asString()
                .lines().filter(l -> l.startsWith("http_server_requests_seconds_count")).toList();
        assertCounted(counts, "/api/v1/threads/{threadId}", "401");
        assertCounted(counts, "/api/v1/threads/{threadId}/messages", "401");
        assertCounted(counts, "/api/v1/threads/{threadId}", String.valueOf(served));
        org.junit.jupiter.api.Assertions.assertTrue(counts.stream().noneMatch(l -> l.contains(thread)), counts::toString);
    }

    private static void assertCounted(java.util.List<String> counts, String template, String status) {
        org.junit.jupiter.api.Assertions.assertTrue(counts.stream().anyMatch(
                l -> l.contains("uri=\"" + template + "\"") && l.contains("status=\"" + status + "\"")),
                () -> template + " " + status + " not among " + counts);
    }
}
