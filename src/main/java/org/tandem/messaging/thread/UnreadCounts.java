package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Recounts unread messages from scratch, for the rare moments when the maintained count cannot
 * simply go up or down by one: marking read, and blocking or unblocking someone. What counts:
 * messages after the read position, not deleted, not one's own, not hidden, not by a blocked author.
 */
@ApplicationScoped
public class UnreadCounts {

    private final ThreadRepository threads;
    private final ParticipantRepository participants;
    private final Clock clock;

    UnreadCounts(ThreadRepository threads, ParticipantRepository participants, Clock clock) {
        this.threads = threads;
        this.participants = participants;
        this.clock = clock;
    }

    /**
     * Moves the reader's position forward to {@code seq} (never back) and recounts; false (and
     * nothing changed) when the thread has no message {@code seq}.
     */
    public boolean markRead(UUID threadId, UUID accountId, long seq) {
        // Wait for posts in flight (they hold the thread row FOR UPDATE) and keep new ones out until
        // this commits: otherwise the recount's snapshot can miss a message whose post then has its
        // "+1" overwritten, and the count ends one short. Thread first, then participant: the order posts use.
        threads.lockAgainstPosts(threadId);
        return participants.markReadUpTo(threadId, accountId, seq, clock.instant());
    }

    /** Recounts the threads the reader shares with another account (after a block or an unblock). */
    public void recountShared(UUID readerId, UUID otherId) {
        participants.recountShared(readerId, otherId);
    }
}
