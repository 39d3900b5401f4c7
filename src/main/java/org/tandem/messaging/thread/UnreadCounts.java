package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Recounts unread messages from scratch, for the rare moments when the maintained count cannot
 * simply go up or down by one: marking read, and blocking or unblocking someone. What counts:
 * messages after the read position, not deleted, not one's own, not hidden, not by a blocked author.
 */
@ApplicationScoped
public class UnreadCounts {

    /**
     * The unread count of participant row {@code p} if its read position were {@code %s}. The
     * messages are matched on the tenant too: their keys lead with it (V080).
     */
    private static final String UNREAD_AFTER = """
            (SELECT count(*) FROM message m
             WHERE m.tenant_id = p.tenant_id AND m.thread_id = p.thread_id AND m.seq > %s
               AND m.deleted_at IS NULL AND m.author_id <> p.account_id
               AND NOT EXISTS (SELECT 1 FROM message_hidden h
                               WHERE h.tenant_id = p.tenant_id AND h.message_id = m.id AND h.account_id = p.account_id)
               AND NOT EXISTS (SELECT 1 FROM contact_block b
                               WHERE b.tenant_id = p.tenant_id AND b.blocker_id = p.account_id AND b.blocked_id = m.author_id))""";

    private final EntityManager em;

    UnreadCounts(EntityManager em) {
        this.em = em;
    }

    /**
     * Moves the reader's position forward to {@code seq} (never back) and recounts, in one statement.
     * Two statements on the same row deadlocked against posts: the second update of a row this
     * transaction had already updated makes PostgreSQL re-check the foreign key, which takes a key-share
     * lock on the thread row that a post holds while it waits for this participant row.
     */
    public void markRead(UUID threadId, UUID accountId, long seq) {
        // Wait for posts in flight (they hold the thread row FOR UPDATE) and keep new ones out until
        // this commits: otherwise the recount's snapshot can miss a message whose post then has its
        // "+1" overwritten, and the count ends one short. Thread first, then participant: the order posts use.
        em.createNativeQuery("SELECT id FROM thread WHERE id = :thread FOR SHARE")
                .setParameter("thread", threadId).getResultList();
        em.createNativeQuery("UPDATE thread_participant p SET last_read_seq = greatest(p.last_read_seq, :seq),"
                        + " last_read_at = now(), unread_count = " + UNREAD_AFTER.formatted("greatest(p.last_read_seq, :seq)")
                        + " WHERE p.thread_id = :thread AND p.account_id = :account")
                .setParameter("seq", seq).setParameter("thread", threadId).setParameter("account", accountId)
                .executeUpdate();
    }

    /** Recounts the threads the reader shares with another account (after a block or an unblock). */
    public void recountShared(UUID readerId, UUID otherId) {
        em.flush();
        em.createNativeQuery("UPDATE thread_participant p SET unread_count = " + UNREAD_AFTER.formatted("p.last_read_seq") + """
                         WHERE p.account_id = :reader AND p.active
                           AND p.thread_id IN (SELECT o.thread_id FROM thread_participant o WHERE o.account_id = :other)""")
                .setParameter("reader", readerId).setParameter("other", otherId).executeUpdate();
    }
}
