package org.tandem.notifications.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.platform.mail.TestMailSettings;

/** Without an SMTP server and without logging bodies (production's default), a notification mail is neither sent nor rendered. */
class EmailChannelWithoutSmtpTest {

    @Test
    void theLedgerSaysFailedWithTheReasonAndAMaskedAddress() {
        // No mailer, no templates, no database: the channel must not touch any of them on this route.
        EmailChannel channel = new EmailChannel(null, null, TestMailSettings.withoutSmtp(false), null, null, null);
        DeliveryOutcome outcome = channel.send("maria.lopez@example.org", "Maya's goal was achieved", "es",
                List.of(new EmailChannel.Item("Maya's goal", "Reading 20 minutes a day", "https://app.example.org/goals/1")), "ref-1");
        assertEquals(DeliveryOutcome.Status.FAILED, outcome.status());
        assertEquals("m***@example.org", outcome.address());
        assertEquals("not sent: no SMTP server configured", outcome.providerAnswer());
        assertNull(outcome.providerStatus());
    }
}
