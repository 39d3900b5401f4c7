package org.tandem.identity.invitation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.identity.JoiningFixtures.count;
import static org.tandem.identity.JoiningFixtures.email;
import static org.tandem.identity.JoiningFixtures.execute;
import static org.tandem.identity.JoiningFixtures.fixtureEmail;
import static org.tandem.identity.JoiningFixtures.tokenMailedTo;
import static org.tandem.identity.JoiningFixtures.value;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.identity.PasswordHasher;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;

@QuarkusTest
class InvitationAcceptanceTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    MockMailbox mailbox;
    @Inject
    PasswordHasher passwords;

    TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
        mailbox.clear();
    }

    /** Invites the address for the student as teacher A and returns the mailed token. */
    String invitationFor(String address, UUID student, boolean educationalRights) {
        String token = student.equals(d.studentA) ? d.teacherA() : d.teacherB();
        Api.validated(token).contentType("application/json")
                .body(Map.of("email", address, "relationship", "father", "educationalRights", educationalRights))
                .post("/api/v1/students/{id}/invitations", student).then().statusCode(201);
        return tokenMailedTo(mailbox, address.toLowerCase());
    }

    static Map<String, Object> newAccount(String token) {
        return Map.of("token", token, "displayName", "Jordan Rivera", "password", PASSWORD);
    }

    @Test
    void aNewcomerAcceptsAndGetsAnAccountAGuardianRecordAndTheLink() {
        String address = email(d, "newcomer");
        String token = invitationFor(address, d.studentA, false);

        var accepted = Api.validated().contentType("application/json").body(newAccount(token))
                .post("/api/v1/invitations/accept")
                .then().statusCode(200)
                .body("accountCreated", equalTo(true))
                .body("studentId", equalTo(d.studentA.toString()))
                .extract().jsonPath();

        UUID account = UUID.fromString(accepted.getString("accountId"));
        String hash = (String) value(d, "SELECT password_hash FROM account WHERE id = :p1", account);
        assertTrue(passwords.matches(PASSWORD, hash), "the password is stored as a bcrypt hash");
        assertEquals(address.toLowerCase(), value(d, "SELECT email FROM account WHERE id = :p1", account));
        assertEquals(account, value(d, "SELECT account_id FROM guardian WHERE id = :p1",
                UUID.fromString(accepted.getString("guardianId"))));
        assertEquals("Jordan Rivera", value(d, "SELECT given_name || ' ' || family_name FROM guardian WHERE account_id = :p1", account));
        assertEquals(1, count(d, """
                SELECT count(*) FROM guardianship WHERE id = :p1 AND student_id = :p2 AND relationship = 'father'
                  AND NOT educational_rights AND receives_communications AND may_message_staff AND may_book_and_rsvp
                  AND may_see_goals_and_celebrations AND NOT no_contact AND active""",
                UUID.fromString(accepted.getString("guardianshipId")), d.studentA));
        assertEquals(account, value(d, "SELECT accepted_account_id FROM invitation WHERE tenant_id = :tenant"));
    }

    @Test
    void educationalRightsAreGrantedOnlyWhenStaffSaidSo() {
        String token = invitationFor(email(d, "rights"), d.studentA, true);
        String guardianship = Api.validated().contentType("application/json").body(newAccount(token))
                .post("/api/v1/invitations/accept").then().statusCode(200).extract().path("guardianshipId");
        assertEquals(Boolean.TRUE, value(d, "SELECT educational_rights FROM guardianship WHERE id = :p1",
                UUID.fromString(guardianship)));
    }

    @Test
    void aSignedInGuardianGetsTheLinkOnTheirExistingAccountAndRecord() {
        String token = invitationFor(fixtureEmail(d, "parent.b"), d.studentA, false);
        Api.validated(d.guardianB()).contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept")
                .then().statusCode(200)
                .body("accountCreated", equalTo(false))
                .body("accountId", equalTo(d.guardianBAccount.toString()))
                .body("guardianId", equalTo(d.guardianBId.toString()));
        assertEquals(2, count(d, "SELECT count(*) FROM guardianship WHERE guardian_id = :p1", d.guardianBId),
                "guardian B now has student B and student A");
        assertEquals(1, count(d, "SELECT count(*) FROM account WHERE tenant_id = :tenant AND lower(email) = :p1",
                fixtureEmail(d, "parent.b")), "no second account");
    }

    @Test
    void aNewlyLinkedGuardianJoinsTheStudentsExistingThreadAtOnce() {
        String thread = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("kind", "student", "subject", "Reading", "studentId", d.studentA.toString(),
                        "message", Map.of("body", "Sam read a whole chapter today")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        Api.validated(d.guardianB()).get("/api/v1/threads/{id}", thread).then().statusCode(404);

        String token = invitationFor(fixtureEmail(d, "parent.b"), d.studentA, false);
        Api.validated(d.guardianB()).contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept").then().statusCode(200);

        Api.validated(d.guardianB()).get("/api/v1/threads/{id}", thread).then().statusCode(200);
    }

    @Test
    void aSignedInTeacherWhoIsAlsoAParentGetsAGuardianRecord() {
        String token = invitationFor(email(d, "other-address"), d.studentA, false);
        String guardianId = Api.validated(d.teacherB()).contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept")
                .then().statusCode(200).body("accountId", equalTo(d.teacherBAccount.toString()))
                .extract().path("guardianId");
        assertEquals(d.teacherBAccount, value(d, "SELECT account_id FROM guardian WHERE id = :p1", UUID.fromString(guardianId)));
    }

    @Test
    void acceptingAgainNeverLiftsANoContactOrder() {
        String token = invitationFor(fixtureEmail(d, "nocontact"), d.studentA, true);
        Api.validated(d.noContactGuardian()).contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept").then().statusCode(200);
        assertEquals(1, count(d, """
                SELECT count(*) FROM guardianship WHERE guardian_id = :p1 AND student_id = :p2
                  AND no_contact AND NOT educational_rights""", d.noContactGuardianId, d.studentA));
    }

    @Test
    void anExistingAccountMustSignInFirst() {
        String token = invitationFor(fixtureEmail(d, "parent.b"), d.studentA, false);
        Api.validated().contentType("application/json").body(newAccount(token))
                .post("/api/v1/invitations/accept")
                .then().statusCode(409).body("code", equalTo("account_exists"));
        assertEquals(1, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant AND accepted_at IS NULL"),
                "the invitation is still usable");
        Api.validated(d.guardianB()).contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept").then().statusCode(200);
    }

    @Test
    void anInvitationWorksOnce() {
        String token = invitationFor(email(d, "once"), d.studentA, false);
        Api.validated().contentType("application/json").body(newAccount(token))
                .post("/api/v1/invitations/accept").then().statusCode(200);
        Api.validated(d.guardianB()).contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept")
                .then().statusCode(410).body("code", equalTo("invitation_used"));
        assertEquals(0, count(d, "SELECT count(*) FROM guardianship WHERE student_id = :p1 AND guardian_id = :p2",
                d.studentA, d.guardianBId), "guardian B gained nothing");
    }

    @Test
    void anExpiredInvitationIsGone() {
        String address = email(d, "late");
        String token = invitationFor(address, d.studentA, false);
        execute(d, "UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE tenant_id = :tenant");
        Api.validated().contentType("application/json").body(newAccount(token))
                .post("/api/v1/invitations/accept")
                .then().statusCode(410).contentType("application/problem+json").body("code", equalTo("invitation_expired"));
        assertEquals(0, count(d, "SELECT count(*) FROM account WHERE lower(email) = lower(:p1)", address));
    }

    @Test
    void anUnknownTokenIsNotFound() {
        Api.validated().contentType("application/json").body(newAccount("no-such-token"))
                .post("/api/v1/invitations/accept").then().statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void aCallerSignedInToAnotherDistrictFindsNoInvitation() {
        String token = invitationFor(email(d, "cross"), d.studentA, false);
        TestDistrict other = TestDistrict.create();
        Api.validated(other.guardianA()).contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept").then().statusCode(404);
        assertEquals(1, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant AND accepted_at IS NULL"));
    }

    @Test
    void anInvalidBearerTokenIsRefusedNotIgnored() {
        String token = invitationFor(email(d, "bad-bearer"), d.studentA, false);
        Api.raw("not.a.jwt").contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept").then().statusCode(401);
        String foreign = TestTokens.forTenant(d.tenantId.toString(), d.guardianBAccount.toString(), "guardian")
                .replaceFirst("\\.[^.]+$", ".tampered");
        Api.raw(foreign).contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept").then().statusCode(401);
        assertEquals(1, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant AND accepted_at IS NULL"));
    }

    @Test
    void aNewAccountNeedsANameAndAPasswordOfTenCharactersOrMore() {
        String address = email(d, "incomplete");
        String token = invitationFor(address, d.studentA, false);
        Api.raw().contentType("application/json").body(Map.of("token", token))
                .post("/api/v1/invitations/accept")
                .then().statusCode(422).body("code", equalTo("validation_failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("displayName", "password"));
        Api.raw().contentType("application/json")
                .body(Map.of("token", token, "displayName", "Jo", "password", "short"))
                .post("/api/v1/invitations/accept")
                .then().statusCode(422).body("errors[0].field", equalTo("password"));
        Api.raw().contentType("application/json")
                .body(Map.of("token", token, "displayName", "Jo", "password", "x".repeat(129)))
                .post("/api/v1/invitations/accept")
                .then().statusCode(422).body("errors[0].field", equalTo("password"));
        assertEquals(0, count(d, "SELECT count(*) FROM account WHERE lower(email) = lower(:p1)", address));
        assertEquals(1, count(d, "SELECT count(*) FROM invitation WHERE tenant_id = :tenant AND accepted_at IS NULL"));
    }

    @Test
    void rolesTenantsAndIdsCannotBeSentAlong() {
        String address = email(d, "sneaky");
        String token = invitationFor(address, d.studentA, false);
        for (String field : new String[] {"districtAdmin", "roles", "tenantId", "accountId", "studentId", "email"}) {
            Map<String, Object> body = new HashMap<>(newAccount(token));
            body.put(field, field.equals("roles") ? java.util.List.of("district_admin") : "x");
            Api.raw().contentType("application/json").body(body).post("/api/v1/invitations/accept")
                    .then().statusCode(400).body("code", equalTo("unknown_field"));
        }
        assertEquals(0, count(d, "SELECT count(*) FROM account WHERE lower(email) = lower(:p1)", address));
        String accountId = Api.validated().contentType("application/json").body(newAccount(token))
                .post("/api/v1/invitations/accept").then().statusCode(200).extract().path("accountId");
        assertEquals(Boolean.FALSE, value(d, "SELECT district_admin FROM account WHERE id = :p1", UUID.fromString(accountId)));
        assertNotNull(accountId);
    }

    @Test
    void theInvitationListShowsWhoAccepted() {
        String token = invitationFor(email(d, "shown"), d.studentA, false);
        String account = Api.validated().contentType("application/json").body(newAccount(token))
                .post("/api/v1/invitations/accept").then().statusCode(200).extract().path("accountId");
        Api.validated(d.teacherA()).get("/api/v1/students/{id}/invitations", d.studentA)
                .then().statusCode(200)
                .body("items[0].status", equalTo("accepted"))
                .body("items[0].acceptedAt", notNullValue())
                .body("items[0].acceptedAccountId", equalTo(account));
    }
}
