package org.tandem.notifications.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.notifications.Kind;
import org.tandem.notifications.NotificationSettings;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.notifications.channel.NotificationChannel;
import org.tandem.notifications.channel.NotificationChannels;
import org.tandem.notifications.channel.OutgoingNotification;
import org.tandem.notifications.fanout.EventData;
import org.tandem.notifications.preferences.Choices;
import org.tandem.platform.persistence.Sql;

/**
 * One attempt of one ledger row: the channel (found by name among the CDI beans; push is another
 * feature's) is asked to deliver, and its answer is written to the ledger. A channel that is absent,
 * has no address for the person, or failed at every address hands over to the next channel the person
 * did not turn off (push → email). A transient answer is retried with doubling backoff (or after the
 * provider's Retry-After) until the last attempt.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);
    private static final int ANSWER_LIMIT = 500;

    private static final String FINISH = "UPDATE notification_delivery SET state = ?, address = ?, provider_status = ?,"
            + " provider_answer = ?, updated_at = now() WHERE tenant_id = ? AND id = ?";
    private static final String FINISH_ALL = """
            UPDATE notification_delivery d SET state = u.state, address = u.address, provider_status = u.status,
                   provider_answer = u.answer, updated_at = now()
            FROM unnest(CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int[]),
                        CAST(? AS text[])) AS u(tenant_id, id, state, address, status, answer)
            WHERE d.tenant_id = u.tenant_id AND d.id = u.id""";
    private static final String RETRY = "UPDATE notification_delivery SET state = 'queued', provider_status = ?,"
            + " provider_answer = ?, next_attempt_at = ?, updated_at = now() WHERE tenant_id = ? AND id = ?";
    private static final String NEXT = "INSERT INTO notification_delivery (tenant_id, id, notification_id, recipient_id, channel,"
            + " state, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, notification_id, channel) DO NOTHING";

    private final NotificationChannels channels;
    private final Sql sql;
    private final Choices choices;
    private final NotificationSettings settings;
    private final Clock clock;

    Deliveries(NotificationChannels channels, Sql sql, Choices choices, NotificationSettings settings, Clock clock) {
        this.channels = channels;
        this.sql = sql;
        this.choices = choices;
        this.settings = settings;
        this.clock = clock;
    }

    /** A row's last state, written with the rest of its round in one statement ({@link #finishAll}). */
    record Finished(Claimed row, String state, String address, Integer status, String answer) {
    }

    /**
     * Attempts the row. A row that simply ends (sent, delivered, skipped) is answered, for the worker to
     * write with the others of its round; a retry or a fall back to the next channel is written here, and
     * answers null.
     */
    Finished attempt(Claimed row) {
        if (row.readAt() != null) {
            return new Finished(row, "skipped", null, null, "read in the app before it was sent");
        }
        NotificationChannel channel = channels.named(row.channel());
        if (channel == null) {
            fallBack(row, "skipped", null, null, "channel not available on this server");
            return null;
        }
        List<DeliveryOutcome> outcomes;
        try {
            outcomes = channel.deliver(outgoing(row));
        } catch (RuntimeException e) {
            LOG.warnf("Channel %s failed on delivery %s: %s", row.channel(), row.id(), e.toString());
            outcomes = List.of(new DeliveryOutcome(DeliveryOutcome.Status.RETRY, null, null, e.toString(), null));
        }
        return record(row, outcomes == null ? List.of() : outcomes);
    }

    /** Writes the rounds' ended rows in one statement (one commit for the round, not one per row). */
    void finishAll(List<Finished> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sql.update(FINISH_ALL, rows.stream().map(f -> f.row().tenantId().toString()).toArray(String[]::new),
                rows.stream().map(f -> f.row().id()).toList(), rows.stream().map(Finished::state).toArray(String[]::new),
                rows.stream().map(f -> clip(f.address())).toArray(String[]::new),
                rows.stream().map(Finished::status).toArray(Integer[]::new),
                rows.stream().map(f -> clip(f.answer())).toArray(String[]::new));
    }

    private Finished record(Claimed row, List<DeliveryOutcome> outcomes) {
        Optional<DeliveryOutcome> success = outcomes.stream().filter(o -> o.status() == DeliveryOutcome.Status.DELIVERED
                || o.status() == DeliveryOutcome.Status.SENT).findFirst();
        String addresses = String.join(", ", outcomes.stream().map(DeliveryOutcome::address).filter(a -> a != null).toList());
        if (success.isPresent()) {
            DeliveryOutcome o = success.get();
            return new Finished(row, o.status() == DeliveryOutcome.Status.DELIVERED ? "delivered" : "sent", addresses,
                    o.providerStatus(), o.providerAnswer());
        }
        Optional<DeliveryOutcome> retry = outcomes.stream().filter(o -> o.status() == DeliveryOutcome.Status.RETRY).findFirst();
        if (retry.isPresent()) {
            DeliveryOutcome o = retry.get();
            if (row.attempts() >= settings.maxAttempts()) {
                fallBack(row, "failed", o.providerStatus(), addresses, "gave up after " + row.attempts() + " attempts: "
                        + o.providerAnswer());
                return null;
            }
            Duration wait = backoff(row.attempts());
            if (o.retryAfter() != null && o.retryAfter().compareTo(wait) > 0) {
                wait = o.retryAfter();
            }
            sql.update(RETRY, o.providerStatus(), clip(o.providerAnswer()), clock.instant().plus(wait),
                    row.tenantId().toString(), row.id());
            return null;
        }
        Optional<DeliveryOutcome> failed = outcomes.stream().filter(o -> o.status() == DeliveryOutcome.Status.FAILED).findFirst();
        if (failed.isPresent()) {
            fallBack(row, "failed", failed.get().providerStatus(), addresses, failed.get().providerAnswer());
        } else {
            fallBack(row, "skipped", null, null, NotificationChannels.NO_ADDRESS);
        }
        return null;
    }

    /** The wait after the n-th failed attempt: the backoff, doubled per further failure, capped. */
    Duration backoff(int failedAttempts) {
        Duration wait = settings.backoff().multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1)));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private void finish(Claimed row, String state, String address, Integer status, String answer) {
        sql.update(FINISH, state, clip(address), status, clip(answer), row.tenantId().toString(), row.id());
    }

    /** Closes the row and queues the next channel the person did not turn off, in one transaction. */
    private void fallBack(Claimed row, String state, Integer status, String address, String answer) {
        Kind kind = Kind.of(row.kind()).orElse(null);
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            finish(row, state, address, status, answer);
            if (kind == null) {
                return;
            }
            Set<String> off = choices.turnedOff(row.tenantId(), kind, List.of(row.recipientId()))
                    .getOrDefault(row.recipientId(), Set.of());
            Choices.Setting setting = choices.settings(row.tenantId(), List.of(row.recipientId()))
                    .getOrDefault(row.recipientId(), Choices.Setting.DEFAULT);
            Choices.next(row.channel(), off, setting, row.urgent(), now).ifPresent(step -> sql.update(NEXT,
                    row.tenantId().toString(), UUID.randomUUID(), row.notificationId(), row.recipientId(), step.channel(),
                    step.state(), step.at()));
        });
    }

    private static OutgoingNotification outgoing(Claimed row) {
        EventData data = EventData.parse(row.data());
        String thread = data.text("threadId");
        String collapse = thread != null ? "thread:" + thread : row.kind() + ":" + row.subjectId();
        return new OutgoingNotification(row.tenantId(), row.notificationId(), row.recipientId(), row.kind(), row.title(),
                row.body(), row.link(), data.strings(), row.urgent(), row.language() == null ? "en" : row.language(), collapse);
    }

    private static String clip(String text) {
        return text == null || text.length() <= ANSWER_LIMIT ? text : text.substring(0, ANSWER_LIMIT);
    }
}
