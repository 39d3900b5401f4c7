package org.tandem.identity.reset;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.directory.District;
import org.tandem.identity.Account;
import org.tandem.identity.JoiningSettings;

/** The mail that carries a password-reset token. */
@ApplicationScoped
class PasswordResetMail {

    private final Mailer mailer;
    private final JoiningSettings settings;

    PasswordResetMail(Mailer mailer, JoiningSettings settings) {
        this.mailer = mailer;
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
        mailer.send(Mail.withText(account.email(), "Reset your Tandem password", text));
    }
}
