package org.tandem.notifications.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import org.tandem.notifications.NotificationSettings;
import org.tandem.platform.persistence.Sql;

/**
 * Sends the delivery ledger's due rows. Any number of instances may run it: each claims due rows with
 * {@code FOR UPDATE SKIP LOCKED} and reserves them for a lease (attempts + 1, next attempt after the
 * lease), so no row is sent by two at once, and a row whose instance died is taken up again once its
 * lease ends. The channels are called outside any transaction, several at a time, so a slow provider
 * holds one sender, not the round.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private static final String CLAIM = """
            UPDATE notification_delivery d
            SET attempts = d.attempts + 1, next_attempt_at = CAST(? AS timestamptz) + make_interval(secs => ?), updated_at = now()
            FROM (SELECT tenant_id, id FROM notification_delivery
                  WHERE state IN ('queued', 'held') AND next_attempt_at <= CAST(? AS timestamptz)
                  ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) due,
                 notification n
            WHERE d.tenant_id = due.tenant_id AND d.id = due.id AND n.tenant_id = d.tenant_id AND n.id = d.notification_id
            RETURNING d.tenant_id, d.id, d.channel, d.attempts, n.id AS notification_id, n.recipient_id, n.kind, n.title,
                      n.body, n.link, n.data::text AS data, n.urgent, n.subject_id::text AS subject_id,
                      -- read in the app, or (a message) read in its thread on another device meanwhile: not sent
                      coalesce(n.read_at, (SELECT coalesce(p.last_read_at, now()) FROM thread_participant p
                                           WHERE n.kind IN ('message.posted', 'announcement.posted')
                                             AND p.tenant_id = n.tenant_id AND p.account_id = n.recipient_id
                                             AND p.thread_id = CAST(n.data ->> 'threadId' AS uuid)
                                             AND p.last_read_seq >= CAST(n.data ->> 'seq' AS bigint))) AS read_at,
                      (SELECT a.preferred_language FROM account a WHERE a.tenant_id = n.tenant_id AND a.id = n.recipient_id)
                        AS language""";

    private final Sql sql;
    private final Deliveries deliveries;
    private final NotificationSettings settings;
    private final ExecutorService senders;
    private final java.time.Clock clock;

    DeliveryWorker(Sql sql, Deliveries deliveries, NotificationSettings settings, java.time.Clock clock) {
        this.clock = clock;
        this.sql = sql;
        this.deliveries = deliveries;
        this.settings = settings;
        this.senders = Executors.newFixedThreadPool(Math.max(1, settings.senders()), r -> {
            Thread t = new Thread(r, "notification-sender");
            t.setDaemon(true);
            return t;
        });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        senders.shutdownNow();
    }

    @Scheduled(every = "${tandem.notifications.poll-every}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (settings.workersEnabled()) {
            sendDue();
        }
    }

    /**
     * Sends what is due now, round after round; returns how many ledger rows were attempted. The rows
     * of a round that simply end (sent, skipped) are written together in one statement when the round's
     * sends are done; a crash before that leaves their leases to expire, and they are sent again (at
     * least once, as any channel's send may be).
     */
    public int sendDue() {
        int attempted = 0;
        List<Claimed> batch;
        do {
            batch = claim();
            List<Future<Deliveries.Finished>> running = new ArrayList<>();
            for (Claimed row : batch) {
                running.add(senders.submit(() -> deliveries.attempt(row)));
            }
            List<Deliveries.Finished> finished = new ArrayList<>();
            for (Future<Deliveries.Finished> f : running) {
                try {
                    Deliveries.Finished done = f.get();
                    if (done != null) {
                        finished.add(done);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return attempted;
                } catch (ExecutionException e) {
                    LOG.error("A notification delivery failed unexpectedly; its lease will let it be retried", e.getCause());
                }
            }
            deliveries.finishAll(finished);
            attempted += batch.size();
        } while (!batch.isEmpty()); // a fallback queued this round (push → email) is due at once
        return attempted;
    }

    private List<Claimed> claim() {
        java.time.Instant now = clock.instant(); // the application's clock: quiet hours end by it
        return sql.list(CLAIM, rs -> new Claimed(UUID.fromString(rs.getString("tenant_id")), Sql.uuid(rs, "id"),
                rs.getString("channel"), rs.getInt("attempts"), Sql.uuid(rs, "notification_id"), Sql.uuid(rs, "recipient_id"),
                rs.getString("kind"), rs.getString("title"), rs.getString("body"), rs.getString("link"), rs.getString("data"),
                rs.getBoolean("urgent"), Sql.instant(rs, "read_at"), rs.getString("language"), rs.getString("subject_id")),
                now, (double) settings.lease().toSeconds(), now, settings.deliveryBatch());
    }
}
