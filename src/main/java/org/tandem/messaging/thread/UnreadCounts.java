package org.tandem.messaging.thread;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/**
 * Recounts unread messages from scratch, for the rare moments when the maintained count cannot
 * simply go up or down by one: marking read, and blocking or unblocking someone. What counts:
 * messages after the read position, not deleted, not one's own, not hidden, not by a blocked author.
 */
@Singleton
public class UnreadCounts {

    /** Conditional writes tried before locking the reader's row instead. */
    private static final int OPTIMISTIC_ATTEMPTS = 4;

    private final ParticipantRepository participants;
    private final Clock clock;

    UnreadCounts(ParticipantRepository participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    /**
     * Moves the reader's position forward to {@code seq} (never back) and recounts; returns the
     * reader's inbox row of the thread as written ({@code view} maps it, see
     * {@link ParticipantRepository#markReadUpTo}), or empty (and nothing changed) when the thread has
     * no message {@code seq}.
     *
     * <p>The recount reads messages on its statement's snapshot, so a post committed after that
     * snapshot is not counted; if that post's "+1" on the reader's row came before the recount's
     * write, the write would overwrite it and the count would end one short. The write is
     * therefore conditional on the row being the version read before ({@code seen}): every post,
     * deletion, hide or block that changes the count changes the row, and then the write does
     * nothing and is tried again on a fresh read. A post that reaches the row after the write adds
     * its "+1" to the recounted value. No lock on the thread is taken. A row that keeps changing
     * (a busy thread) is locked instead: posts then wait for this write, and add their "+1" to it.
     * The thread row is never locked here, so the order posts take their locks (thread, then
     * participants) cannot be crossed.
     *
     * <p>Each conditional write is one statement, atomic on its own, so the tries need no
     * transaction around them (called without one, each runs in auto-commit: no BEGIN, no COMMIT, no
     * transaction manager); only the locked fallback opens one, for its lock and its write.
     */
    public <T> Optional<T> markRead(UUID threadId, UUID accountId, long seq, ReadState seen, Sql.Row<T> view) {
        ReadState state = seen;
        for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS && state != null; attempt++) {
            if (seq > state.lastSeq()) {
                return Optional.empty();
            }
            Optional<T> written = participants.markReadUpTo(threadId, accountId, seq, clock.instant(),
                    state.rowVersion(), view);
            if (written.isPresent()) {
                return written;
            }
            state = participants.readState(threadId, accountId).orElse(null);
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            participants.lockRow(threadId, accountId);
            return participants.markReadUpTo(threadId, accountId, seq, clock.instant(), null, view);
        });
    }

    /** Recounts the threads the reader shares with another account (after a block or an unblock). */
    public void recountShared(UUID readerId, UUID otherId) {
        participants.recountShared(readerId, otherId);
    }
}
