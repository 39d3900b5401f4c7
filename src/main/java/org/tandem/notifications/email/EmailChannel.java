package org.tandem.notifications.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.notifications.NotificationSettings;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.notifications.channel.NotificationChannel;
import org.tandem.notifications.channel.OutgoingNotification;
import org.tandem.notifications.fanout.NotificationMessages;
import org.tandem.notifications.fanout.Renderer;
import org.tandem.platform.mail.MailRoute;
import org.tandem.platform.mail.MailSettings;
import org.tandem.platform.persistence.Sql;

/**
 * Notifications by email, through the application's mailer (Quarkus Mailer over SMTP, configured by
 * platform/mail): Qute templates ({@code templates/notifications/email.html} and {@code .txt}) filled
 * with the words of the recipient's language. Without an SMTP server the mail is written to the log
 * when that is asked for (make run's demo: {@code tandem.mail.log-bodies}), as platform/mail does, and
 * otherwise neither sent nor rendered: the fan-out writes the email row as skipped, "not sent: no SMTP
 * server configured" ({@link #unavailable}, {@link MailRoute}), and a mail that reaches {@link #send}
 * anyway (a digest, a row queued before a restart without the server) is failed with that answer.
 * An SMTP 5xx answer is permanent (failed); anything else (4xx, no connection) is retried by the worker.
 */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(EmailChannel.class);

    /** One entry of a mail: a notification's words and the link that opens it. */
    public record Item(String title, String body, String url) {
    }

    private final Sql sql;
    private final Mailer mailer;
    private final MailSettings mail;
    private final NotificationSettings settings;
    private final Template html;
    private final Template text;

    EmailChannel(Sql sql, Mailer mailer, MailSettings mail, NotificationSettings settings,
                 @Location("notifications/email.html") Template html, @Location("notifications/email.txt") Template text) {
        this.sql = sql;
        this.mailer = mailer;
        this.mail = mail;
        this.settings = settings;
        this.html = html;
        this.text = text;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public List<DeliveryOutcome> deliver(OutgoingNotification n) {
        Optional<String> address = addressOf(n.tenantId(), n.recipientId());
        if (address.isEmpty()) {
            return List.of(DeliveryOutcome.noAddress());
        }
        Item item = new Item(n.title(), n.body(), url(n.link()));
        return List.of(send(address.get(), n.title(), n.language(), List.of(item), n.notificationId().toString()));
    }

    static final String NO_SERVER = "not sent: no SMTP server configured";

    /** Without an SMTP server (and without logging mails), this server cannot email anyone. */
    @Override
    public String unavailable() {
        return MailRoute.of(mail) == MailRoute.NONE ? NO_SERVER : null;
    }

    /** The people whose account is active and has an email address. */
    @Override
    public java.util.Set<UUID> reachable(UUID tenantId, java.util.Collection<UUID> people) {
        java.util.Set<UUID> out = new java.util.HashSet<>();
        sql.list("SELECT id FROM account WHERE tenant_id = ? AND id = ANY (?) AND active AND email <> ''",
                rs -> out.add(Sql.uuid(rs, "id")), tenantId.toString(), people);
        return out;
    }

    /** The person's sign-in email, when their account is active. */
    public Optional<String> addressOf(UUID tenantId, UUID accountId) {
        return sql.one("SELECT email FROM account WHERE tenant_id = ? AND id = ? AND active AND email <> ''",
                rs -> rs.getString("email"), tenantId.toString(), accountId);
    }

    public String url(String link) {
        String base = settings.appUrl().endsWith("/") ? settings.appUrl().substring(0, settings.appUrl().length() - 1)
                : settings.appUrl();
        return link == null ? base : base + link;
    }

    /** Sends one mail of one or more items (a digest has many) and answers what the SMTP server said. */
    public DeliveryOutcome send(String to, String subject, String language, List<Item> items, String reference) {
        MailRoute route = MailRoute.of(mail);
        String masked = mask(to);
        if (route == MailRoute.NONE) {
            // Nothing to render: a notification sent when a server is configured later would be stale.
            return new DeliveryOutcome(DeliveryOutcome.Status.FAILED, masked, null, NO_SERVER, null);
        }
        NotificationMessages words = Renderer.messages(language);
        String lang = language == null ? "en" : language;
        String htmlBody = html.data("lang", lang).data("title", subject).data("items", items)
                .data("openLabel", words.email_open()).data("footer", words.email_footer()).render();
        String textBody = text.data("items", items).data("openLabel", words.email_open())
                .data("footer", words.email_footer()).render();
        if (route == MailRoute.LOG) {
            LOG.infof("Notification mail to %s (not sent: no SMTP server configured)%nSubject: %s%n%n%s", to, subject, textBody);
            return new DeliveryOutcome(DeliveryOutcome.Status.SENT, masked, null,
                    "written to the log: no SMTP server configured", null);
        }
        try {
            mailer.send(Mail.withHtml(to, subject, htmlBody).setText(textBody)
                    .addHeader("X-Tandem-Notification", reference)
                    .addHeader("Auto-Submitted", "auto-generated"));
            return new DeliveryOutcome(DeliveryOutcome.Status.SENT, masked, 250, "accepted by the SMTP server", null);
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            String answer = smtp != null ? smtp.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            Integer code = smtp == null ? null : smtp.getReplyCode();
            boolean permanent = smtp != null && smtp.isPermanent();
            return new DeliveryOutcome(permanent ? DeliveryOutcome.Status.FAILED : DeliveryOutcome.Status.RETRY, masked, code,
                    answer, null);
        }
    }

    private static SMTPException smtpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }

    /** An address as the ledger shows it: enough to recognise, not enough to harvest. */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
