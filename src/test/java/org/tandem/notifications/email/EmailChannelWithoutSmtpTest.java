package org.tandem.notifications.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
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

    /** The fan-out asks before queuing: without a server the email row is written as skipped, with this answer. */
    @Test
    void theChannelSaysItIsUnavailableOnlyWhenItCanNeitherSendNorLog() {
        assertEquals("not sent: no SMTP server configured",
                new EmailChannel(null, null, TestMailSettings.withoutSmtp(false), null, null, null).unavailable());
        assertNull(new EmailChannel(null, null, TestMailSettings.withoutSmtp(true), null, null, null).unavailable(),
                "make run's demo writes mails to the log: the channel is there");
        assertNull(new EmailChannel(null, null, new TestMailSettings(Optional.of("smtp.example.org"), false, false), null,
                null, null).unavailable());
    }
}
