package org.tandem.identity.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.tandem.directory.Student;
import org.tandem.identity.JoiningSettings;
import org.tandem.platform.mail.MailOutbox;

/** The mail that carries an invitation's token to the invited guardian, queued in the invitation's transaction. */
@ApplicationScoped
class InvitationMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy").withZone(ZoneOffset.UTC);

    private final MailOutbox outbox;
    private final JoiningSettings settings;

    InvitationMail(MailOutbox outbox, JoiningSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Names only the student's given name: a mail can go astray, so it says as little as it can. */
    void send(Invitation invitation, Student student, String token) {
        String link = settings.invitationLink().replace("{token}", token);
        String text = """
                Hello,

                %s's school invites you to Tandem, where teachers and families keep in touch.

                Accept the invitation here: %s

                Or enter this code in the Tandem app: %s

                The invitation works once and expires on %s (UTC). If you did not expect it, ignore this mail.
                """.formatted(student.givenName(), link, token, DAY.format(invitation.expiresAt()));
        outbox.queue(invitation.tenantId(), invitation.id(), invitation.email(), "You are invited to join Tandem", text);
    }
}
