package org.tandem.messaging.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Messages scheduled for later: the author's own, and those falling due across tenants. */
@ApplicationScoped
class ScheduledMessageRepository implements PanacheRepositoryBase<ScheduledMessage, UUID> {

    /** A scheduled message due for sending, and the tenant it belongs to. */
    record Due(UUID id, UUID tenant) {
    }

    /**
     * The oldest messages due at {@code now}, in native SQL, which Hibernate's tenant filter does
     * not touch: call it across tenants and handle each message in its own.
     */
    List<Due> dueAt(Instant now, int batch) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        SELECT id, tenant_id FROM scheduled_message
                        WHERE state = 'scheduled' AND send_at <= :now ORDER BY send_at, id LIMIT :batch""")
                .setParameter("now", now).setParameter("batch", batch).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Due((UUID) r[0], UUID.fromString((String) r[1]))).toList();
    }

    /** Locks the message's row if it is still scheduled and nobody else holds it; false otherwise. */
    boolean claim(UUID id) {
        return !getEntityManager().createNativeQuery("""
                        SELECT id FROM scheduled_message WHERE id = :id AND state = 'scheduled'
                        FOR UPDATE SKIP LOCKED""")
                .setParameter("id", id).getResultList().isEmpty();
    }

    /** The author's scheduled message in the thread with this client message id, if any. */
    Optional<ScheduledMessage> byClientMessageId(UUID threadId, UUID authorId, String clientMessageId) {
        return getEntityManager().createQuery("""
                        FROM ScheduledMessage s WHERE s.threadId = :thread AND s.authorId = :me
                          AND s.clientMessageId = :client""", ScheduledMessage.class)
                .setParameter("thread", threadId).setParameter("me", authorId)
                .setParameter("client", clientMessageId).getResultStream().findFirst();
    }

    /** A page of the author's scheduled messages in the thread, by send time, after the cursor when given. */
    List<ScheduledMessage> page(UUID threadId, UUID authorId, String state, Instant afterAt, UUID afterId, int limit) {
        String jpql = "FROM ScheduledMessage s WHERE s.threadId = :thread AND s.authorId = :me"
                + (state != null ? " AND s.state = :state" : "")
                + (afterAt != null ? " AND (s.sendAt > :afterAt OR (s.sendAt = :afterAt AND s.id > :afterId))" : "")
                + " ORDER BY s.sendAt, s.id";
        var query = getEntityManager().createQuery(jpql, ScheduledMessage.class).setParameter("thread", threadId)
                .setParameter("me", authorId).setMaxResults(limit);
        if (state != null) query.setParameter("state", ScheduledMessage.State.valueOf(state.toUpperCase(Locale.ROOT)));
        if (afterAt != null) query.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        return query.getResultList();
    }
}
