package org.tandem.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.ProbeResource;
import org.tandem.testsupport.TestTokens;

@QuarkusTest
class ProblemDetailsTest {

    private static final String WIDGETS = "/api/v1/test-probe/widgets";
    private final String teacher = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", startsWith("urn:tandem:problem:"))
                .body("title", notNullValue())
                .body("requestId", notNullValue());
    }

    @Test
    void unknownPathUnderTheApiIsAProblem() {
        assertProblem(Api.raw(teacher).get("/api/v1/no-such-thing").then(), 404, "not_found");
    }

    @Test
    void unknownPathOutsideTheApiIsAProblem() {
        assertProblem(Api.raw().get("/no-such-thing").then(), 404, "not_found");
    }

    @Test
    void wrongMethodIsAProblemWithAllow() {
        assertProblem(Api.raw(teacher).delete(WIDGETS).then(), 405, "method_not_allowed");
    }

    @Test
    void wrongMediaTypeIsAProblem() {
        assertProblem(Api.raw(teacher).contentType("text/plain").body("hello").post(WIDGETS).then(),
                415, "unsupported_media_type");
    }

    @Test
    void malformedJsonIsAProblem() {
        assertProblem(Api.raw(teacher).contentType("application/json").body("{\"name\": ").post(WIDGETS).then(),
                400, "malformed_json");
    }

    @Test
    void unknownFieldIsRejected() {
        assertProblem(Api.raw(teacher).contentType("application/json")
                .body("{\"name\":\"a\",\"quantity\":1,\"colour\":\"red\"}").post(WIDGETS).then(), 400, "unknown_field")
                .body("errors.field", hasItem("colour"));
    }

    @Test
    void wrongTypeNamesTheField() {
        assertProblem(Api.raw(teacher).contentType("application/json")
                .body("{\"name\":\"a\",\"quantity\":\"many\"}").post(WIDGETS).then(), 400, "invalid_type")
                .body("errors.field", hasItem("quantity"));
    }

    @Test
    void jsonThatIsNotAnObjectIsRejected() {
        assertProblem(Api.raw(teacher).contentType("application/json").body("[1,2]").post(WIDGETS).then(),
                400, "malformed_json");
    }

    @Test
    void missingBodyIsRejected() {
        assertProblem(Api.raw(teacher).contentType("application/json").post(WIDGETS).then(), 400, "body_required");
    }

    @Test
    void invalidFieldsAreListed() {
        assertProblem(Api.raw(teacher).contentType("application/json")
                .body("{\"name\":\"\",\"quantity\":5000}").post(WIDGETS).then(), 422, "validation_failed")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("quantity"));
    }

    @Test
    void invalidQueryParameterIsA400() {
        assertProblem(Api.raw(teacher).queryParam("limit", 101).get(WIDGETS).then(), 400, "invalid_parameter")
                .body("errors.field", hasItem("limit"));
        assertProblem(Api.raw(teacher).queryParam("limit", 0).get(WIDGETS).then(), 400, "invalid_parameter");
        assertProblem(Api.raw(teacher).queryParam("limit", "ten").get(WIDGETS).then(), 400, "invalid_parameter");
    }

    @Test
    void malformedPathIdIsANotFound() {
        assertProblem(Api.raw(teacher).get(WIDGETS + "/not-a-uuid").then(), 400, "invalid_parameter");
    }

    @Test
    void missingTokenIsA401WithChallenge() {
        assertProblem(Api.raw().get(WIDGETS).then(), 401, "unauthenticated")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void garbageTokenIsA401() {
        assertProblem(Api.raw("not.a.token").get(WIDGETS).then(), 401, "unauthenticated");
    }

    @Test
    void roleWithoutTheFunctionIsA403() {
        assertProblem(Api.raw(teacher).get("/api/v1/test-probe/admin-only").then(), 403, "forbidden");
        String guardian = TestTokens.forRoles(TestTokens.randomSubject(), "guardian");
        assertProblem(Api.raw(guardian).get(WIDGETS).then(), 403, "forbidden");
    }

    @Test
    void bodyTooLargeIsA413() {
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"quantity\":1}";
        int before = ProbeResource.CREATIONS.get();
        assertProblem(Api.raw(teacher).contentType("application/json").body(huge).post(WIDGETS).then(),
                413, "payload_too_large");
        org.junit.jupiter.api.Assertions.assertEquals(before, ProbeResource.CREATIONS.get());
    }

    @Test
    void unexpectedFailureRevealsNothingInternal() {
        assertProblem(Api.raw(teacher).get("/api/v1/test-probe/boom").then(), 500, "internal_error")
                .body(not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")))
                .body(not(containsString("hunter2")));
    }

    @Test
    void requestIdIsEchoedAndCarriedInProblems() {
        Api.raw().header("X-Request-Id", "trace-123").get("/no-such-thing").then()
                .header("X-Request-Id", equalTo("trace-123"))
                .body("requestId", equalTo("trace-123"));
    }

    @Test
    void notAcceptableIsAProblem() {
        assertProblem(Api.raw(teacher).accept("application/xml").get(WIDGETS).then(), 406, "not_acceptable");
    }
}
