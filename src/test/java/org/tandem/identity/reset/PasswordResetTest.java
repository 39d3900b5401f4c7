package org.tandem.identity.reset;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.identity.JoiningFixtures.count;
import static org.tandem.identity.JoiningFixtures.execute;
import static org.tandem.identity.JoiningFixtures.fixtureEmail;
import static org.tandem.identity.JoiningFixtures.mailsTo;
import static org.tandem.identity.JoiningFixtures.tokenIn;
import static org.tandem.identity.JoiningFixtures.tokenMailedTo;
import static org.tandem.identity.JoiningFixtures.value;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.identity.PasswordHasher;
import org.tandem.platform.security.OpaqueTokens;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class PasswordResetTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Inject
    MockMailbox mailbox;
    @Inject
    PasswordHasher passwords;

    TestDistrict d;
    String email;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        email = fixtureEmail(d, "parent.a");
        mailbox.clear();
    }

    void requestReset(String address, String tenant) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", address);
        if (tenant != null) {
            body.put("tenant", tenant);
        }
        Api.validated().contentType("application/json").body(body).post("/api/v1/auth/password-reset")
                .then().statusCode(202);
    }

    int confirm(String token, String password) {
        return Api.validated().contentType("application/json").body(Map.of("token", token, "newPassword", password))
                .post("/api/v1/auth/password-reset/confirm").then().extract().statusCode();
    }

    String passwordHash() {
        return (String) value(d, "SELECT password_hash FROM account WHERE id = :p1", d.guardianAAccount);
    }

    void activeRefreshToken() {
        execute(d, """
                INSERT INTO refresh_token (id, tenant_id, account_id, family_id, token_hash, state, expires_at)
                VALUES (gen_random_uuid(), :tenant, :p1, gen_random_uuid(), :p2, 'active', now() + interval '1 day')""",
                d.guardianAAccount, UUID.randomUUID().toString());
    }

    @Test
    void aMailedTokenSetsANewPasswordAndSignsTheAccountOutEverywhere() {
        activeRefreshToken();
        activeRefreshToken();
        String accessToken = d.guardianA();
        Api.raw(accessToken).get("/api/v1/me").then().statusCode(200);
        requestReset(email, null);
        String token = tokenMailedTo(mailbox, email);
        assertEquals(1, count(d, "SELECT count(*) FROM password_reset WHERE token_hash = :p1 AND account_id = :p2"
                + " AND expires_at BETWEEN now() + interval '59 minutes' AND now() + interval '61 minutes'",
                OpaqueTokens.hash(token), d.guardianAAccount), "stored hashed, valid for an hour");

        assertEquals(204, confirm(token, NEW_PASSWORD));

        assertTrue(passwords.matches(NEW_PASSWORD, passwordHash()));
        assertEquals(0, count(d, "SELECT count(*) FROM refresh_token WHERE account_id = :p1 AND state = 'active'", d.guardianAAccount));
        assertEquals(2, count(d, "SELECT count(*) FROM refresh_token WHERE account_id = :p1 AND state = 'revoked'", d.guardianAAccount));
        Api.raw(accessToken).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void askingAnswersTheSameInTheSameTimeWhetherOrNotTheEmailHasAnAccount() {
        String unknown = "nobody-" + UUID.randomUUID() + "@nowhere.test";
        requestReset(email, null);
        requestReset(unknown, null);
        long known = Long.MAX_VALUE;
        long missing = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            requestReset(email, null);
            known = Math.min(known, System.nanoTime() - start);
            start = System.nanoTime();
            requestReset(unknown, null);
            missing = Math.min(missing, System.nanoTime() - start);
        }
        // The fastest of each (least disturbed by a busy machine): nothing about the account happens before the answer.
        assertTrue(Math.abs(known - missing) < 50_000_000L, "known " + known / 1_000_000 + " ms, unknown "
                + missing / 1_000_000 + " ms");
        assertEquals(3, mailsTo(mailbox, email));
        assertEquals(0, mailsTo(mailbox, unknown));
    }

    @Test
    void aTokenWorksOnce() {
        requestReset(email, null);
        String token = tokenMailedTo(mailbox, email);
        assertEquals(204, confirm(token, NEW_PASSWORD));
        Api.validated().contentType("application/json").body(Map.of("token", token, "newPassword", "yet another passphrase"))
                .post("/api/v1/auth/password-reset/confirm")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid_reset_token"));
        assertTrue(passwords.matches(NEW_PASSWORD, passwordHash()));
    }

    @Test
    void usingOneTokenSpendsTheOthersOfTheAccount() {
        requestReset(email, null);
        requestReset(email, null);
        org.tandem.identity.JoiningFixtures.deliverMail(mailbox);
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(2, mails.size());
        assertEquals(204, confirm(tokenIn(mails.get(1)), NEW_PASSWORD));
        assertEquals(400, confirm(tokenIn(mails.get(0)), "an attacker's passphrase"));
    }

    @Test
    void anExpiredTokenChangesNothing() {
        String before = passwordHash();
        requestReset(email, null);
        String token = tokenMailedTo(mailbox, email);
        execute(d, "UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE tenant_id = :tenant");
        assertEquals(400, confirm(token, NEW_PASSWORD));
        assertEquals(before, passwordHash());
    }

    @Test
    void anUnknownTokenIsRefusedLikeAUsedOne() {
        Api.validated().contentType("application/json").body(Map.of("token", "made-up", "newPassword", NEW_PASSWORD))
                .post("/api/v1/auth/password-reset/confirm").then().statusCode(400).body("code", equalTo("invalid_reset_token"));
    }

    @Test
    void theAnswerNeverRevealsWhetherAnAccountExists() {
        String unknown = "nobody-" + UUID.randomUUID() + "@nowhere.test";
        String known = Api.validated().contentType("application/json").body(Map.of("email", email))
                .post("/api/v1/auth/password-reset").then().statusCode(202).extract().asString();
        String missing = Api.validated().contentType("application/json").body(Map.of("email", unknown))
                .post("/api/v1/auth/password-reset").then().statusCode(202).extract().asString();
        assertEquals(known, missing);
        assertEquals(0, mailsTo(mailbox, unknown));
        assertEquals(1, mailsTo(mailbox, email));
    }

    @Test
    void anEmailKnownInSeveralDistrictsIsResetInTheNamedOne() {
        TestDistrict other = TestDistrict.create();
        String shared = "shared-" + UUID.randomUUID() + "@family.test";
        execute(d, "UPDATE account SET email = :p1 WHERE id = :p2", shared, d.guardianAAccount);
        execute(other, "UPDATE account SET email = :p1 WHERE id = :p2", shared, other.guardianAAccount);
        String slug = (String) value(other, "SELECT slug FROM district WHERE tenant_id = :tenant");

        requestReset(shared, slug);
        String token = tokenMailedTo(mailbox, shared);
        assertEquals(204, confirm(token, NEW_PASSWORD));
        assertTrue(passwords.matches(NEW_PASSWORD,
                (String) value(other, "SELECT password_hash FROM account WHERE id = :p1", other.guardianAAccount)));
        assertFalse(passwords.matches(NEW_PASSWORD, passwordHash()));

        mailbox.clear();
        requestReset(shared, d.tenantId.toString());
        assertEquals(1, mailsTo(mailbox, shared));
        mailbox.clear();
        requestReset(shared, null);
        assertEquals(2, mailsTo(mailbox, shared), "without a district, each district's account gets its own mail");
        mailbox.clear();
        requestReset(shared, "no-such-district");
        assertEquals(0, mailsTo(mailbox, shared));
    }

    @Test
    void theNewPasswordMustBeTenToOneHundredTwentyEightCharacters() {
        requestReset(email, null);
        String token = tokenMailedTo(mailbox, email);
        for (String password : new String[] {"too short", "x".repeat(129)}) {
            Api.raw().contentType("application/json").body(Map.of("token", token, "newPassword", password))
                    .post("/api/v1/auth/password-reset/confirm")
                    .then().statusCode(422).body("errors[0].field", equalTo("newPassword"));
        }
        assertEquals(204, confirm(token, NEW_PASSWORD), "the token was not spent by the refused attempts");
    }

    @Test
    void requestsForOneEmailAreLimited() {
        String unknown = "flood-" + UUID.randomUUID() + "@nowhere.test";
        for (int i = 0; i < 5; i++) {
            requestReset(unknown, null);
        }
        Api.validated().contentType("application/json").body(Map.of("email", unknown.toUpperCase()))
                .post("/api/v1/auth/password-reset")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("code", equalTo("rate_limited"));
        requestReset(email, null);
    }

    @Test
    void badInputIsAProblem() {
        Api.raw().contentType("application/json").body(Map.of("email", "not-an-email"))
                .post("/api/v1/auth/password-reset").then().statusCode(422);
        Api.raw().contentType("application/json").body(Map.of("email", email, "accountId", UUID.randomUUID()))
                .post("/api/v1/auth/password-reset").then().statusCode(400).body("code", equalTo("unknown_field"));
        Api.raw().contentType("application/json").body(Map.of("token", "t", "newPassword", NEW_PASSWORD, "email", email))
                .post("/api/v1/auth/password-reset/confirm").then().statusCode(400).body("code", equalTo("unknown_field"));
        assertEquals(0, mailsTo(mailbox, email));
    }

    @Test
    void bothOperationsArePublicInTheDocument() {
        JsonPath doc = Api.raw().get("/q/openapi?format=json").jsonPath();
        for (String path : new String[] {"/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm"}) {
            assertEquals(List.of(), doc.getList("paths.'" + path + "'.post.security"), path);
        }
    }
}
