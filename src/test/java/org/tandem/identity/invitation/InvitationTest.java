package org.tandem.identity.invitation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.tandem.identity.JoiningFixtures.count;
import static org.tandem.identity.JoiningFixtures.email;
import static org.tandem.identity.JoiningFixtures.mailsTo;
import static org.tandem.identity.JoiningFixtures.tokenMailedTo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.security.OpaqueTokens;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class InvitationTest {

    @Inject
    MockMailbox mailbox;

    TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        mailbox.clear();
    }

    static Map<String, Object> invitation(String email) {
        return Map.of("email", email, "relationship", "grandparent");
    }

    String invite(String token, UUID student, String email) {
        return Api.validated(token).contentType("application/json").body(invitation(email))
                .post("/api/v1/students/{id}/invitations", student)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void teacherInvitesAGuardianOfTheirStudentAndTheMailCarriesTheToken() {
        String address = email(d, "Grandma");
        Api.validated(d.teacherA()).contentType("application/json").body(invitation(address))
                .post("/api/v1/students/{id}/invitations", d.studentA)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/students/" + d.studentA + "/invitations/"))
                .body("studentId", equalTo(d.studentA.toString()))
                .body("email", equalTo(address.toLowerCase()))
                .body("relationship", equalTo("grandparent"))
                .body("educationalRights", equalTo(false))
                .body("status", equalTo("pending"))
                .body("invitedBy", equalTo(d.teacherAAccount.toString()))
                .body("acceptedAt", nullValue())
                .body("mailStatus", equalTo("pending"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("token")));

        String token = tokenMailedTo(mailbox, address.toLowerCase());
        Api.validated(d.teacherA()).get("/api/v1/students/{id}/invitations", d.studentA).then().statusCode(200)
                .body("items[0].mailStatus", equalTo("sent"));
        assertEquals(0, count(d, "SELECT count(*) FROM mail_outbox WHERE tenant_id = :tenant AND body LIKE :p1", "%" + token + "%"),
                "a sent mail's token is not kept in the outbox");
        assertEquals(43, token.length(), "256 random bits, base64url");
        assertEquals(1, count(d, "SELECT count(*) FROM invitation WHERE token_hash = :p1", OpaqueTokens.hash(token)),
                "only the hash is stored");
        assertEquals(0, count(d, "SELECT count(*) FROM invitation WHERE token_hash = :p1", token));
        assertEquals(1, count(d, """
                SELECT count(*) FROM invitation WHERE tenant_id = :tenant
                  AND expires_at BETWEEN now() + interval '6 days 23 hours' AND now() + interval '7 days 1 hour'"""),
                "expires in seven days by default");
    }

    @Test
    void administratorsMayInviteForAnyStudentOfTheirSchoolOrDistrict() {
        invite(d.schoolAdmin(), d.studentB, email(d, "a"));
        invite(d.districtAdmin(), d.studentB, email(d, "b"));
    }

    @Test
    void staffOfAnotherClassOtherTenantsAndUnknownStudentsSeeNothing() {
        TestDistrict other = TestDistrict.create();
        for (String token : new String[] {d.teacherB(), other.teacherA(), other.districtAdmin()}) {
            Api.validated(token).contentType("application/json").body(invitation(email(d, "x")))
                    .post("/api/v1/students/{id}/invitations", d.studentA)
                    .then().statusCode(404).body("code", equalTo("not_found"));
            Api.validated(token).get("/api/v1/students/{id}/invitations", d.studentA).then().statusCode(404);
        }
        Api.validated(d.teacherA()).contentType("application/json").body(invitation(email(d, "x")))
                .post("/api/v1/students/{id}/invitations", UUID.randomUUID()).then().statusCode(404);
        assertEquals(0, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant"));
        assertEquals(0, count(d, "SELECT count(*) FROM mail_outbox WHERE tenant_id = :tenant"), "no mail queued");
    }

    @Test
    void familiesCannotInviteEvenForTheirOwnChild() {
        for (String token : new String[] {d.guardianA(), d.noContactGuardian(), d.guardianB()}) {
            Api.validated(token).contentType("application/json").body(invitation(email(d, "x")))
                    .post("/api/v1/students/{id}/invitations", d.studentA)
                    .then().statusCode(403).body("code", equalTo("forbidden"));
            Api.validated(token).get("/api/v1/students/{id}/invitations", d.studentA).then().statusCode(403);
        }
        assertEquals(0, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant"));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        // raw: the document (rightly) says these operations need a token, which the validator would insist on
        Api.raw().contentType("application/json").body(invitation(email(d, "x")))
                .post("/api/v1/students/{id}/invitations", d.studentA)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
        Api.raw().get("/api/v1/students/{id}/invitations", d.studentA).then().statusCode(401);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Map<String, Object> badEmail = Map.of("email", "not-an-email", "relationship", "mother");
        Map<String, Object> badRelationship = Map.of("email", email(d, "x"), "relationship", "aunt");
        Map<String, Object> tooLong = Map.of("email", "a".repeat(250) + "@x.test", "relationship", "mother");
        for (Map<String, Object> body : new Map[] {badEmail, badRelationship, tooLong}) {
            Api.raw(d.teacherA()).contentType("application/json").body(body)
                    .post("/api/v1/students/{id}/invitations", d.studentA)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("validation_failed")).body("errors.field", org.hamcrest.Matchers.everyItem(
                            org.hamcrest.Matchers.oneOf("email", "relationship")));
        }
        Api.raw(d.teacherA()).contentType("application/json").body(Map.of("relationship", "mother"))
                .post("/api/v1/students/{id}/invitations", d.studentA)
                .then().statusCode(422).body("errors[0].field", equalTo("email"));
        assertEquals(0, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant"));
        assertEquals(0, count(d, "SELECT count(*) FROM mail_outbox WHERE tenant_id = :tenant"), "no mail queued");
    }

    @Test
    void fieldsACallerMayNotSetAreRejected() {
        for (String field : new String[] {"invitedBy", "studentId", "tenantId", "status", "expiresAt", "token"}) {
            Map<String, Object> body = new java.util.HashMap<>(invitation(email(d, "x")));
            body.put(field, field.equals("expiresAt") ? "2099-01-01T00:00:00Z" : UUID.randomUUID().toString());
            Api.raw(d.teacherA()).contentType("application/json").body(body)
                    .post("/api/v1/students/{id}/invitations", d.studentA)
                    .then().statusCode(400).body("code", equalTo("unknown_field"))
                    .body("errors[0].field", equalTo(field));
        }
        assertEquals(0, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyInvitesOnce() {
        String address = email(d, "retry");
        for (int i = 0; i < 2; i++) {
            Api.validated(d.teacherA()).header("Idempotency-Key", "invite-1").contentType("application/json")
                    .body(invitation(address)).post("/api/v1/students/{id}/invitations", d.studentA)
                    .then().statusCode(201);
        }
        assertEquals(1, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant"));
        assertEquals(1, mailsTo(mailbox, address.toLowerCase()));
    }

    @Test
    void staffListAStudentsInvitationsNewestFirstPageByPage() {
        String first = invite(d.teacherA(), d.studentA, email(d, "one"));
        String second = invite(d.teacherA(), d.studentA, email(d, "two"));
        String third = invite(d.schoolAdmin(), d.studentA, email(d, "three"));
        invite(d.teacherB(), d.studentB, email(d, "elsewhere"));

        var page1 = Api.validated(d.teacherA()).queryParam("limit", 2)
                .get("/api/v1/students/{id}/invitations", d.studentA)
                .then().statusCode(200).header("Link", notNullValue())
                .body("items.id", org.hamcrest.Matchers.contains(third, second))
                .extract().jsonPath();
        Api.validated(d.teacherA()).queryParam("limit", 2).queryParam("cursor", page1.getString("nextCursor"))
                .get("/api/v1/students/{id}/invitations", d.studentA)
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(first))
                .body("nextCursor", nullValue());
        Api.validated(d.teacherA()).queryParam("cursor", page1.getString("nextCursor"))
                .get("/api/v1/students/{id}/invitations", d.studentB)
                .then().statusCode(404);
        Api.validated(d.teacherB()).queryParam("cursor", page1.getString("nextCursor"))
                .get("/api/v1/students/{id}/invitations", d.studentB)
                .then().statusCode(400).body("code", equalTo("invalid_parameter"));
    }

    @Test
    void revokingStopsTheLinkAndIsHarmlessTwice() {
        String address = email(d, "revoked");
        String id = invite(d.teacherA(), d.studentA, address);
        String token = tokenMailedTo(mailbox, address.toLowerCase());
        for (int i = 0; i < 2; i++) {
            Api.validated(d.teacherA()).post("/api/v1/students/{s}/invitations/{i}/revoke", d.studentA, id)
                    .then().statusCode(200).body("status", equalTo("revoked")).body("revokedAt", notNullValue());
        }
        Api.validated().contentType("application/json")
                .body(Map.of("token", token, "displayName", "Too Late", "password", "long enough password"))
                .post("/api/v1/invitations/accept")
                .then().statusCode(410).body("code", equalTo("invitation_revoked"));
        assertEquals(0, count(d, "SELECT count(*) FROM account WHERE lower(email) = lower(:p1)", address));
    }

    @Test
    void anAcceptedInvitationCannotBeRevoked() {
        String address = email(d, "accepted");
        String id = invite(d.teacherA(), d.studentA, address);
        Api.validated().contentType("application/json")
                .body(Map.of("token", tokenMailedTo(mailbox, address.toLowerCase()), "displayName", "Gran Alpha",
                        "password", "long enough password"))
                .post("/api/v1/invitations/accept").then().statusCode(200);
        Api.validated(d.teacherA()).post("/api/v1/students/{s}/invitations/{i}/revoke", d.studentA, id)
                .then().statusCode(409).body("code", equalTo("invitation_accepted"));
        Api.validated(d.teacherA()).get("/api/v1/students/{id}/invitations", d.studentA)
                .then().body("items[0].status", equalTo("accepted")).body("items[0].acceptedAccountId", notNullValue());
    }

    @Test
    void revokingIsScopedLikeInviting() {
        String id = invite(d.teacherA(), d.studentA, email(d, "scoped"));
        Api.validated(d.teacherB()).post("/api/v1/students/{s}/invitations/{i}/revoke", d.studentA, id)
                .then().statusCode(404);
        Api.validated(d.teacherB()).post("/api/v1/students/{s}/invitations/{i}/revoke", d.studentB, id)
                .then().statusCode(404);
        Api.validated(d.guardianA()).post("/api/v1/students/{s}/invitations/{i}/revoke", d.studentA, id)
                .then().statusCode(403);
        Api.validated(TestDistrict.create().districtAdmin())
                .post("/api/v1/students/{s}/invitations/{i}/revoke", d.studentA, id).then().statusCode(404);
        assertNotEquals(null, id);
        assertEquals(0, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant AND revoked_at IS NOT NULL"));
    }
}
