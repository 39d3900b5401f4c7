package org.tandem.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.security.TokenKeys;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.ProbeResource;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;
import org.tandem.testsupport.TokenForge;

/** Input no client should send, each once seen to produce a 5xx or an empty error: every one is a 4xx problem. */
@QuarkusTest
class MalformedRequestTest {

    // A bad % in the path and every other variant of every operation: NegativeRequestsTest.
    private static final String WIDGETS = "/api/v1/test-probe/widgets";
    private final String teacher = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");
    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("urn:tandem:problem:"))
                .header("X-Request-Id", notNullValue())
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aNulByteInAQueryParameterIsA400() {
        problem(Api.raw(d.districtAdmin()).urlEncodingEnabled(false).get("/api/v1/schools?sourcedId=a%00b").then(), 400)
                .body("code", equalTo("invalid_character"));
    }

    @Test
    void aNulByteInAJsonFieldIsA400AndStoresNothing() {
        int before = ProbeResource.CREATIONS.get();
        problem(Api.raw(teacher).contentType("application/json").body("{\"name\":\"a\\u0000b\",\"quantity\":1}")
                .post(WIDGETS).then(), 400).body("code", equalTo("invalid_character"));
        assertTrue(ProbeResource.CREATIONS.get() <= before + 1, "at most the attempt was counted");
    }

    @Test
    void duplicateKeysInAJsonBodyAreMalformed() {
        problem(Api.raw(teacher).contentType("application/json").body("{\"name\":\"a\",\"name\":\"b\",\"quantity\":1}")
                .post(WIDGETS).then(), 400).body("code", equalTo("malformed_json"));
        problem(Api.raw(d.guardianA()).contentType("application/json").body("{\"seq\":1,\"seq\":1}")
                .post("/api/v1/threads/" + UUID.randomUUID() + "/read").then(), 400).body("code", equalTo("malformed_json"));
    }

    @Test
    void invalidPercentEncodingInAFormBodyIsA400() {
        problem(Api.raw().contentType("application/x-www-form-urlencoded")
                .body("grant_type=refresh_token&refresh_token=x&y=%ZZ").post("/api/v1/auth/token").then(), 400);
    }

    @Test
    void aVeryLongCursorIsJudgedByTheApplication() {
        problem(Api.raw(d.districtAdmin()).queryParam("cursor", "c".repeat(9000)).get("/api/v1/schools").then(), 400)
                .body("code", equalTo("invalid_parameter"));
    }

    @Test
    void aUriTooLongEvenForTheCodecIsStillAProblem() {
        // Past the line limit the HTTP codec answers itself; see docs/api-conventions.md.
        int status = Api.raw(d.districtAdmin()).queryParam("cursor", "c".repeat(20_000)).get("/api/v1/schools")
                .then().extract().statusCode();
        assertEquals(414, status);
    }

    @Test
    void aWrongMethodNamesTheAllowedOnes() {
        problem(Api.raw(teacher).delete(WIDGETS).then(), 405).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        problem(Api.raw(d.districtAdmin()).put("/api/v1/schools").then(), 405).header("Allow", containsString("POST"));
    }

    @Test
    void aBadTokenIsAnInvalidTokenChallenge() {
        problem(Api.raw("not.a.token").get(WIDGETS).then(), 401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        problem(Api.raw().get(WIDGETS).then(), 401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.not(containsString("error=")));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        TokenKeys keys = io.quarkus.arc.Arc.container().instance(TokenKeys.class).get();
        for (long ahead : new long[] {3600, 86_400}) {
            JwtClaims claims = TokenForge.ourClaims(d.tenantId.toString(), d.guardianAAccount.toString(), "guardian");
            long now = NumericDate.now().getValue();
            claims.setIssuedAt(NumericDate.fromSeconds(now + ahead));
            claims.setExpirationTime(NumericDate.fromSeconds(now + 600));
            String token = TokenForge.rs256(claims, keys.current().privateKey(), keys.current().keyId());
            problem(Api.raw(token).get("/api/v1/me").then(), 401)
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
        JwtClaims withinSkew = TokenForge.ourClaims(d.tenantId.toString(), d.guardianAAccount.toString(), "guardian");
        withinSkew.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() + 30));
        Api.raw(TokenForge.rs256(withinSkew, keys.current().privateKey(), keys.current().keyId()))
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() {
        for (String probe : new String[] {"database-down", "pool-exhausted"}) {
            problem(Api.raw(teacher).get("/api/v1/test-probe/" + probe).then(), 503)
                    .body("code", equalTo("unavailable"))
                    .header("Retry-After", notNullValue())
                    .body(org.hamcrest.Matchers.not(containsString("127.0.0.1")));
        }
    }
}
