package org.tandem.identity.reset;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.directory.District;
import org.tandem.identity.Account;
import org.tandem.identity.JoiningSettings;
import org.tandem.platform.mail.MailOutbox;

/** The mail that carries a password-reset token, queued in the reset's transaction. */
@ApplicationScoped
class PasswordResetMail {

    private final MailOutbox outbox;
    private final JoiningSettings settings;

    PasswordResetMail(MailOutbox outbox, JoiningSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    void send(Account account, District district, PasswordReset reset, String token) {
        String text = """
                Hello %s,

                Someone asked to reset your Tandem password for %s.

                Choose a new password here: %s

                Or enter this code in the Tandem app: %s

                The link works once, within %d minutes. If you did not ask for it, ignore this mail:
                your password stays as it is.
                """.formatted(account.displayName(), district.name(),
                settings.passwordResetLink().replace("{token}", token), token,
                settings.passwordResetLifetime().toMinutes());
        outbox.queue(account.tenantId(), reset.id(), account.email(), "Reset your Tandem password", text);
    }
}
