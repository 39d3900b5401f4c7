package org.tandem.identity.invitation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.identity.JoiningFixtures.count;
import static org.tandem.identity.JoiningFixtures.email;
import static org.tandem.identity.JoiningFixtures.fixtureEmail;
import static org.tandem.identity.JoiningFixtures.value;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.mail.MailSender;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** A mail server that refuses connections: requests still succeed, mail waits, is retried, and finally fails visibly. */
@QuarkusTest
@TestProfile(MailServerDownTest.DeadMailServer.class)
class MailServerDownTest {

    public static class DeadMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 1 on this machine: nothing listens, every connection is refused.
            return Map.of("tandem.mail.mock", "false", "tandem.mail.smtp-host", "127.0.0.1",
                    "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", "1",
                    "tandem.mail.send-every", "1h", "tandem.mail.backoff", "PT1S", "tandem.mail.max-attempts", "2");
        }
    }

    private TestDistrict d;

    @BeforeEach
    void district() {
        d = TestDistrict.create();
    }

    @Test
    void anInvitationIsCreatedAndItsMailIsRetriedThenMarkedFailed() throws InterruptedException {
        String address = email(d, "gran");
        Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("email", address, "relationship", "grandparent"))
                .post("/api/v1/students/{id}/invitations", d.studentA)
                .then().statusCode(201).body("mailStatus", equalTo("pending"));

        MailSender sender = Arc.container().instance(MailSender.class).get();
        sender.sendDue();
        assertEquals(1, count(d, "SELECT count(*) FROM mail_outbox WHERE tenant_id = :tenant AND state = 'pending'"
                + " AND attempts = 1 AND last_error IS NOT NULL AND next_attempt_at > now()"), "kept for a retry later");
        Thread.sleep(1500);
        sender.sendDue();
        assertEquals("failed", value(d, "SELECT state FROM mail_outbox WHERE tenant_id = :tenant"));
        assertEquals("", value(d, "SELECT body FROM mail_outbox WHERE tenant_id = :tenant"), "the token is not kept");
        Api.validated(d.teacherA()).get("/api/v1/students/{id}/invitations", d.studentA).then().statusCode(200)
                .body("items[0].mailStatus", equalTo("failed"));
    }

    @Test
    void aPasswordResetAnswersLikeOneForAnUnknownEmail() throws InterruptedException {
        String known = Api.validated().contentType("application/json").body(Map.of("email", fixtureEmail(d, "parent.a")))
                .post("/api/v1/auth/password-reset").then().statusCode(202).extract().asString();
        String unknown = Api.validated().contentType("application/json")
                .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@nowhere.test"))
                .post("/api/v1/auth/password-reset").then().statusCode(202).extract().asString();
        assertEquals(known, unknown);
        long deadline = System.currentTimeMillis() + 10_000;
        while (count(d, "SELECT count(*) FROM mail_outbox WHERE tenant_id = :tenant") == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(count(d, "SELECT count(*) FROM mail_outbox WHERE tenant_id = :tenant AND state = 'pending'") == 1,
                "the reset mail waits in the outbox");
    }
}
