package org.tandem.platform.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the outbox. Any number of instances may run it: each claims due mail with
 * {@code FOR UPDATE SKIP LOCKED} and reserves it for a lease, so no mail is sent by two at once; a
 * failed attempt is retried with doubling backoff until the last attempt, when the mail is marked
 * failed. Without an SMTP server, mails are written to the log when {@code tandem.mail.log-bodies} is on
 * ({@code make run}'s demo, the dev profile), so a developer can still follow an invitation or a password
 * reset; otherwise they wait in the outbox, unsent and unlogged, until a server is configured
 * ({@link MailRoute}). A mail's body (which carries a token) is blanked once it is sent or given up,
 * so that the database keeps no usable token longer than needed.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private record Claimed(String tenantId, UUID id, String recipient, String subject, String body, int attempts) {
    }

    private final EntityManager em;
    private final Mailer mailer;
    private final MailSettings settings;

    MailSender(EntityManager em, Mailer mailer, MailSettings settings) {
        this.em = em;
        this.mailer = mailer;
        this.settings = settings;
    }

    void announce(@Observes StartupEvent started) {
        switch (MailRoute.of(settings)) {
            case LOG -> LOG.warn("No SMTP server is configured (TANDEM_SMTP_HOST): mails are written to the log, not sent"
                    + " (TANDEM_MAIL_LOG_BODIES; they carry sign-in links: development and demos only)");
            case NONE -> LOG.warn("No SMTP server is configured (TANDEM_SMTP_HOST): mails wait in the outbox until one is;"
                    + " notification emails are not sent");
            case SMTP -> { }
        }
    }

    @Scheduled(every = "${tandem.mail.send-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Sends what is due now, batch after batch; returns how many mails were attempted. */
    public int sendDue() {
        if (MailRoute.of(settings) == MailRoute.NONE) {
            return 0;
        }
        int attempted = 0;
        List<Claimed> batch;
        do {
            batch = claim();
            for (Claimed mail : batch) {
                deliver(mail);
            }
            attempted += batch.size();
        } while (batch.size() == settings.batchSize());
        return attempted;
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        UPDATE mail_outbox o
                        SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => :lease)
                        FROM (SELECT tenant_id, id FROM mail_outbox
                              WHERE state = 'pending' AND next_attempt_at <= now()
                              ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED) due
                        WHERE o.tenant_id = due.tenant_id AND o.id = due.id
                        RETURNING o.tenant_id, o.id, o.recipient, o.subject, o.body, o.attempts""")
                .setParameter("lease", (double) settings.lease().toSeconds())
                .setParameter("batch", settings.batchSize())
                .getResultList());
        return rows.stream().map(r -> new Claimed((String) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    private void deliver(Claimed mail) {
        try {
            if (MailRoute.of(settings) == MailRoute.SMTP) {
                mailer.send(Mail.withText(mail.recipient(), mail.subject(), mail.body()));
            } else {
                LOG.infof("Mail to %s (not sent: no SMTP server configured)%nSubject: %s%n%n%s",
                        mail.recipient(), mail.subject(), mail.body());
            }
            record(mail, "UPDATE mail_outbox SET state = 'sent', sent_at = now(), last_error = NULL, body = ''", null, 0);
        } catch (RuntimeException e) {
            String error = (e.getClass().getSimpleName() + ": " + e.getMessage());
            error = error.length() > 500 ? error.substring(0, 500) : error;
            if (mail.attempts() >= settings.maxAttempts()) {
                LOG.errorf("Gave up on mail %s after %d attempts: %s", mail.id(), mail.attempts(), error);
                record(mail, "UPDATE mail_outbox SET state = 'failed', last_error = :error, body = ''", error, 0);
            } else {
                Duration wait = backoff(mail.attempts());
                LOG.warnf("Mail %s not sent (attempt %d), retrying in %s: %s", mail.id(), mail.attempts(), wait, error);
                record(mail, "UPDATE mail_outbox SET last_error = :error, next_attempt_at = now() + make_interval(secs => :wait)",
                        error, wait.toSeconds());
            }
        }
    }

    /** The wait after the n-th failed attempt: the backoff, doubled per further failure, capped. */
    Duration backoff(int failedAttempts) {
        Duration wait = settings.backoff().multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1)));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private void record(Claimed mail, String update, String error, long waitSeconds) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(update + " WHERE tenant_id = :tenant AND id = :id")
                    .setParameter("tenant", mail.tenantId()).setParameter("id", mail.id());
            if (error != null) {
                query.setParameter("error", error);
            }
            if (update.contains(":wait")) {
                query.setParameter("wait", (double) waitSeconds);
            }
            query.executeUpdate();
        });
    }
}
