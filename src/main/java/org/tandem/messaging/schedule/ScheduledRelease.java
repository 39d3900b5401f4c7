package org.tandem.messaging.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.messaging.dto.NewMessage;
import org.tandem.messaging.message.MessageService;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.Participant;
import org.tandem.platform.tenancy.TenantScope;

/**
 * Sends scheduled messages when they fall due, each through {@link MessageService#postAs} in its
 * own transaction and in its thread's tenant, so it counts as unread from that moment exactly like
 * a message posted then. A row is claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances
 * (or an overlapping pass) never send a message twice.
 *
 * <p>A message whose thread was locked meanwhile is not sent (cancelled with reason
 * {@code thread_locked}): a lock is usually a moderation decision, and a message appearing in a
 * locked thread would surprise everyone in it. The same holds when the author has left the thread
 * ({@code author_left}). The author sees the reason in their list of scheduled messages.
 */
@ApplicationScoped
class ScheduledRelease {

    private static final Logger LOG = Logger.getLogger(ScheduledRelease.class);

    private enum Outcome { SENT, CANCELLED, SKIPPED }

    private final EntityManager em;
    private final MessageService messages;
    private final TenantScope tenants;
    private final ScheduledSendSettings settings;

    private final Clock clock;

    ScheduledRelease(EntityManager em, MessageService messages, TenantScope tenants, ScheduledSendSettings settings,
                     Clock clock) {
        this.em = em;
        this.clock = clock;
        this.messages = messages;
        this.tenants = tenants;
        this.settings = settings;
    }

    @Scheduled(identity = "release-scheduled-messages", every = "${tandem.messaging.scheduled-send.release-every:5s}",
            delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseDue() {
        int sent = releaseDue(clock.instant());
        if (sent > 0) {
            LOG.debugf("Sent %d scheduled messages", sent);
        }
    }

    /** Sends every message due at {@code now}, in every tenant; returns how many this call sent. */
    int releaseDue(Instant now) {
        int sent = 0;
        while (true) {
            List<Object[]> due = dueAt(now);
            int handled = 0;
            for (Object[] row : due) {
                Outcome outcome = releaseOne((UUID) row[0], UUID.fromString((String) row[1]));
                handled += outcome == Outcome.SKIPPED ? 0 : 1;
                sent += outcome == Outcome.SENT ? 1 : 0;
            }
            // A full batch may have more behind it; a batch of which nothing was handled is held elsewhere.
            if (due.size() < settings.batchSize() || handled == 0) {
                return sent;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> dueAt(Instant now) {
        // Native SQL reads across tenants; each message is then handled in its own tenant.
        return tenants.acrossTenants(() -> em.createNativeQuery("""
                        SELECT id, tenant_id FROM scheduled_message
                        WHERE state = 'scheduled' AND send_at <= :now ORDER BY send_at, id LIMIT :batch""")
                .setParameter("now", now).setParameter("batch", settings.batchSize()).getResultList());
    }

    private Outcome releaseOne(UUID id, UUID tenant) {
        try {
            return tenants.inNewTransaction(tenant, () -> send(id));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not send scheduled message %s; it stays scheduled and is retried", id);
            return Outcome.SKIPPED;
        }
    }

    private Outcome send(UUID id) {
        boolean claimed = !em.createNativeQuery("""
                        SELECT id FROM scheduled_message WHERE id = :id AND state = 'scheduled'
                        FOR UPDATE SKIP LOCKED""")
                .setParameter("id", id).getResultList().isEmpty();
        if (!claimed) {
            return Outcome.SKIPPED;
        }
        ScheduledMessage scheduled = em.find(ScheduledMessage.class, id);
        MessageThread thread = em.find(MessageThread.class, scheduled.threadId());
        Participant author = em.find(Participant.class, new Participant.Key(thread.id(), scheduled.authorId()));
        if (author == null || !author.active()) {
            scheduled.cancel(ScheduledMessage.CancelReason.AUTHOR_LEFT);
            return Outcome.CANCELLED;
        }
        if (thread.locked()) {
            scheduled.cancel(ScheduledMessage.CancelReason.THREAD_LOCKED);
            return Outcome.CANCELLED;
        }
        MessageService.Posted posted = messages.postAs(thread, scheduled.authorId(), new NewMessage(scheduled.body(),
                scheduled.clientMessageId(), scheduled.language(), scheduled.urgent(), null));
        scheduled.sent(posted.message().id());
        return Outcome.SENT;
    }
}
