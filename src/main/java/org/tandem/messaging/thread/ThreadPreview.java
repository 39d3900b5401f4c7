package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.tandem.messaging.MessageEdited;
import org.tandem.messaging.MessagePosted;
import org.tandem.messaging.MessageRemoved;

/**
 * Keeps the preview of a thread's latest message on the thread row (V060), so the inbox reads no
 * message rows. It follows every change to a message's text through the events that
 * {@link MessageService} fires in the same transaction. An edit or a deletion only touches the preview while the message is
 * still the latest: a post that overtook it holds the thread's row lock, and the condition on
 * {@code last_message_id} is evaluated again once that lock is released.
 */
@ApplicationScoped
class ThreadPreview {

    /** Characters kept: one more than a snippet shows, so that the view knows to add an ellipsis. */
    static final int KEPT = 141;

    private final EntityManager em;

    ThreadPreview(EntityManager em) {
        this.em = em;
    }

    void posted(@Observes MessagePosted message) {
        em.createNativeQuery("""
                        UPDATE thread SET last_message_id = :message, last_author_id = :author,
                               last_snippet = left(:body, %d), last_deleted = false, last_message_at = :at
                        WHERE id = :thread""".formatted(KEPT))
                .setParameter("message", message.messageId()).setParameter("author", message.authorId())
                .setParameter("body", message.body()).setParameter("at", message.at())
                .setParameter("thread", message.threadId()).executeUpdate();
    }

    void edited(@Observes MessageEdited message) {
        em.createNativeQuery("""
                        UPDATE thread SET last_snippet = left(:body, %d)
                        WHERE id = :thread AND last_message_id = :message""".formatted(KEPT))
                .setParameter("body", message.body()).setParameter("thread", message.threadId())
                .setParameter("message", message.messageId()).executeUpdate();
    }

    void removed(@Observes MessageRemoved message) {
        em.createNativeQuery("""
                        UPDATE thread SET last_snippet = NULL, last_deleted = true
                        WHERE id = :thread AND last_message_id = :message""")
                .setParameter("thread", message.threadId()).setParameter("message", message.messageId()).executeUpdate();
    }
}
