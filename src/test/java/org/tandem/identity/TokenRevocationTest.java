package org.tandem.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.security.RevokedTokens;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** The README's promise: deactivation, sign-out and theft detection stop an account's access tokens at once. */
@QuarkusTest
class TokenRevocationTest {

    private static final String PASSWORD = "correct horse battery";
    private TestDistrict d;
    private String email;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        PasswordHasher hasher = Arc.container().instance(PasswordHasher.class).get();
        d.inTenant(em -> {
            Account parent = em.find(Account.class, d.guardianAAccount);
            parent.changePassword(hasher.hash(PASSWORD));
            email = parent.email();
        });
    }

    private JsonPath signIn() {
        return Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "password", "username", email, "password", PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().jsonPath();
    }

    private io.restassured.response.Response refresh(String refreshToken) {
        return Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "refresh_token", "refresh_token", refreshToken)).post("/api/v1/auth/token");
    }

    private static void works(String accessToken) {
        Api.raw(accessToken).get("/api/v1/me").then().statusCode(200);
    }

    private static void refused(String accessToken) {
        Api.raw(accessToken).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @Test
    void aDeactivatedAccountsTokensStopAtOnceAndItCannotSignInUntilReactivated() {
        JsonPath tokens = signIn();
        String access = tokens.getString("access_token");
        String minted = d.guardianA();
        works(access);
        works(minted);

        Api.validated(d.districtAdmin()).post("/api/v1/accounts/{id}/deactivate", d.guardianAAccount).then().statusCode(204);
        refused(access);
        refused(minted);
        refresh(tokens.getString("refresh_token")).then().statusCode(400).body("code", equalTo("invalid_grant"));
        Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "password", "username", email, "password", PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(400);

        Api.validated(d.districtAdmin()).post("/api/v1/accounts/{id}/reactivate", d.guardianAAccount).then().statusCode(204);
        works(signIn().getString("access_token"));
        refused(access);
    }

    @Test
    void onlyADistrictAdminDeactivatesAndNeverThemselves() {
        Api.validated(d.schoolAdmin()).post("/api/v1/accounts/{id}/deactivate", d.guardianAAccount).then().statusCode(403);
        Api.validated(d.guardianB()).post("/api/v1/accounts/{id}/deactivate", d.guardianAAccount).then().statusCode(403);
        Api.validated(d.districtAdmin()).post("/api/v1/accounts/{id}/deactivate", d.districtAdminAccount)
                .then().statusCode(422).body("code", equalTo("cannot_deactivate_self"));
        TestDistrict other = TestDistrict.create();
        Api.validated(other.districtAdmin()).post("/api/v1/accounts/{id}/deactivate", d.guardianAAccount).then().statusCode(404);
        works(d.guardianA());
    }

    @Test
    void signingOutStopsTheSignInsAccessToken() {
        JsonPath tokens = signIn();
        works(tokens.getString("access_token"));
        Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("token", tokens.getString("refresh_token"))).post("/api/v1/auth/revoke").then().statusCode(204);
        refused(tokens.getString("access_token"));
        works(signIn().getString("access_token"));
    }

    @Test
    void aReusedRefreshTokenStopsTheAccessTokensOfTheAccount() {
        JsonPath first = signIn();
        JsonPath second = refresh(first.getString("refresh_token")).then().statusCode(200).extract().jsonPath();
        works(second.getString("access_token"));
        refresh(first.getString("refresh_token")).then().statusCode(400);
        refused(second.getString("access_token"));
        refused(first.getString("access_token"));
    }

    @Test
    void aRevocationMadeByAnotherInstanceIsSeenAtItsNextReload() {
        String access = signIn().getString("access_token");
        works(access);
        // What another instance's deactivation leaves in the shared database.
        JoiningFixtures.execute(d, "UPDATE account SET token_epoch = token_epoch + 1 WHERE id = :p1", d.guardianAAccount);
        JoiningFixtures.execute(d, """
                INSERT INTO token_revocation (tenant_id, account_id, epoch)
                SELECT tenant_id, id, token_epoch FROM account WHERE id = :p1""", d.guardianAAccount);
        Arc.container().instance(RevokedTokens.class).get().refresh();
        refused(access);
        works(signIn().getString("access_token"));
    }
}
