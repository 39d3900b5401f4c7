package org.tandem.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailRouteTest {

    @Test
    void anSmtpServerOrTheMockMailerSends() {
        assertEquals(MailRoute.SMTP, MailRoute.of(new TestMailSettings(Optional.of("smtp.example.org"), false, false)));
        assertEquals(MailRoute.SMTP, MailRoute.of(new TestMailSettings(Optional.of("smtp.example.org"), false, true)));
        assertEquals(MailRoute.SMTP, MailRoute.of(new TestMailSettings(Optional.empty(), true, false)));
    }

    @Test
    void withoutAServerMailIsLoggedOnlyWhenAskedFor() {
        assertEquals(MailRoute.LOG, MailRoute.of(TestMailSettings.withoutSmtp(true)));
        assertEquals(MailRoute.NONE, MailRoute.of(TestMailSettings.withoutSmtp(false)));
        assertEquals(MailRoute.NONE, MailRoute.of(new TestMailSettings(Optional.of(" "), false, false)), "a blank host is no host");
    }

    @Test
    void theOutboxWaitsUnsentWhenMailGoesNowhere() {
        // No SMTP server and no logging: the worker claims nothing (it would otherwise touch the database).
        MailSender sender = new MailSender(null, null, TestMailSettings.withoutSmtp(false));
        assertEquals(0, sender.sendDue());
    }
}
