package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tandem.messaging.MessageEdited;
import org.tandem.messaging.MessageRemoved;

/**
 * Keeps the preview of a thread's latest message on the thread row (V060), so the inbox reads no
 * message rows. A post writes it in the statement that numbers the message
 * ({@code MessageRepository.post}); edits and deletions reach it through the events that
 * {@code MessageService} fires in the same transaction. An edit or a deletion only touches the
 * preview while the message is still the latest: a post that overtook it holds the thread's row
 * lock, and the condition on {@code last_message_id} is evaluated again once that lock is released.
 */
@ApplicationScoped
public class ThreadPreview {

    /** Characters kept: one more than a snippet shows, so that the view knows to add an ellipsis. */
    public static final int KEPT = 141;

    private final ThreadRepository threads;

    ThreadPreview(ThreadRepository threads) {
        this.threads = threads;
    }

    void edited(@Observes MessageEdited message) {
        threads.previewEdited(message.threadId(), message.messageId(), message.body());
    }

    void removed(@Observes MessageRemoved message) {
        threads.previewRemoved(message.threadId(), message.messageId());
    }
}
