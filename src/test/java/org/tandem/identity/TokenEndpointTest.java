package org.tandem.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.identity.token.ApiClient;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class TokenEndpointTest {

    private static final String TOKEN = "/api/v1/auth/token";
    private static final String PASSWORD = "correct horse battery";
    private TestDistrict district;
    private String parentEmail;

    @BeforeEach
    void district() {
        district = TestDistrict.create();
        PasswordHasher hasher = Arc.container().instance(PasswordHasher.class).get();
        district.inTenant(em -> {
            Account parent = em.find(Account.class, district.guardianAAccount);
            parent.changePassword(hasher.hash(PASSWORD));
            parentEmail = parent.email();
            em.find(Account.class, district.teacherAAccount).changePassword(hasher.hash(PASSWORD));
            em.persist(new ApiClient("sis-" + district.tenantId, hasher.hash("client-secret-1234"), "SIS",
                    List.of("roster:write", "roster:read")));
        });
    }

    private Response signIn(String email, String password) {
        return Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "password", "username", email, "password", password)).post(TOKEN);
    }

    private Response refresh(String refreshToken) {
        return Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "refresh_token", "refresh_token", refreshToken)).post(TOKEN);
    }

    @Test
    void aGuardianSignsInAndTheTokenCarriesTheirRolesAndDistrict() {
        Response tokens = signIn(parentEmail.toUpperCase(), PASSWORD);
        tokens.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("refresh_token", notNullValue());
        String access = tokens.jsonPath().getString("access_token");
        Api.validated(access).get("/api/v1/me").then().statusCode(200)
                .body("accountId", equalTo(district.guardianAAccount.toString()))
                .body("district.id", equalTo(district.tenantId.toString()))
                .body("roles", equalTo(List.of("guardian")));
        String header = new String(Base64.getUrlDecoder().decode(access.split("\\.")[0]), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(header.contains("\"kid\"") && header.contains("RS256"), header);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailLookTheSame() {
        signIn(parentEmail, "wrong password!").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid_grant")).body("detail", equalTo("The email or password is wrong"));
        signIn("nobody-" + district.tenantId + "@example.test", PASSWORD).then().statusCode(400)
                .body("code", equalTo("invalid_grant")).body("detail", equalTo("The email or password is wrong"));
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            signIn(parentEmail, "guess " + i).then().statusCode(400);
        }
        signIn(parentEmail, PASSWORD).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("code", equalTo("rate_limited"));
    }

    @Test
    void aRefreshTokenIsSingleUseAndReuseRevokesTheWholeSignIn() {
        String first = signIn(parentEmail, PASSWORD).jsonPath().getString("refresh_token");
        Response rotated = refresh(first);
        rotated.then().statusCode(200).body("access_token", notNullValue());
        String second = rotated.jsonPath().getString("refresh_token");
        assertNotEquals(first, second);

        refresh(first).then().statusCode(400).body("code", equalTo("invalid_grant"));
        refresh(second).then().statusCode(400).body("code", equalTo("invalid_grant"));
    }

    @Test
    void otherSignInsSurviveTheRevocationOfOne() {
        String phone = signIn(parentEmail, PASSWORD).jsonPath().getString("refresh_token");
        String laptop = signIn(parentEmail, PASSWORD).jsonPath().getString("refresh_token");
        Api.validated().contentType("application/x-www-form-urlencoded").body(Api.form("token", phone))
                .post("/api/v1/auth/revoke").then().statusCode(204);
        refresh(phone).then().statusCode(400);
        refresh(laptop).then().statusCode(200);
    }

    @Test
    void concurrentRefreshesWithOneTokenSucceedOnce() throws Exception {
        String token = signIn(parentEmail, PASSWORD).jsonPath().getString("refresh_token");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return refresh(token).statusCode();
                }, pool));
            }
            go.countDown();
            long successes = 0;
            for (CompletableFuture<Integer> result : results) {
                successes += result.get() == 200 ? 1 : 0;
            }
            assertEquals(1, successes);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void revokingAnUnknownTokenRevealsNothing() {
        Api.validated().contentType("application/x-www-form-urlencoded").body(Api.form("token", "made-up"))
                .post("/api/v1/auth/revoke").then().statusCode(204);
    }

    @Test
    void anIntegratorGetsAScopedTokenWithClientCredentials() {
        Response tokens = Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "client_credentials", "client_id", "sis-" + district.tenantId,
                        "client_secret", "client-secret-1234", "scope", "roster:read")).post(TOKEN);
        tokens.then().statusCode(200).body("scope", equalTo("roster:read")).body("refresh_token", nullValue());
        String basic = Base64.getEncoder().encodeToString(("sis-" + district.tenantId + ":client-secret-1234").getBytes());
        Api.validated().header("Authorization", "Basic " + basic).contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "client_credentials")).post(TOKEN).then().statusCode(200)
                .body("scope", equalTo("roster:write roster:read"));
    }

    @Test
    void aWrongClientSecretOrScopeIsRefused() {
        Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "client_credentials", "client_id", "sis-" + district.tenantId,
                        "client_secret", "wrong")).post(TOKEN)
                .then().statusCode(401).body("code", equalTo("invalid_client")).header("WWW-Authenticate", notNullValue());
        Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "client_credentials", "client_id", "sis-" + district.tenantId,
                        "client_secret", "client-secret-1234", "scope", "roster:read admin:everything")).post(TOKEN)
                .then().statusCode(400).body("code", equalTo("invalid_scope"));
    }

    @Test
    void malformedTokenRequestsAreProblems() {
        Api.responseValidated().contentType("application/x-www-form-urlencoded").body(Api.form("grant_type", "implicit")).post(TOKEN)
                .then().statusCode(400).body("code", equalTo("unsupported_grant_type"));
        Api.responseValidated().contentType("application/x-www-form-urlencoded").body(Api.form("grant_type", "password")).post(TOKEN)
                .then().statusCode(400).body("code", equalTo("invalid_request"));
        Api.responseValidated().contentType("application/x-www-form-urlencoded").body(Api.form("username", "x")).post(TOKEN)
                .then().statusCode(400).body("code", equalTo("invalid_request"));
        // The 415 names the media type this endpoint reads.
        Api.responseValidated().contentType("application/json").body("{\"grant_type\":\"password\"}").post(TOKEN)
                .then().statusCode(415).body("code", equalTo("unsupported_media_type"))
                .body("detail", org.hamcrest.Matchers.containsString("application/x-www-form-urlencoded"));
        Api.responseValidated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "password", "username", "x".repeat(400), "password", "p")).post(TOKEN)
                .then().statusCode(400).body("errors.field", hasItem("username"));
    }
}
