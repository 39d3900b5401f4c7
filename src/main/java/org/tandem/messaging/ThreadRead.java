package org.tandem.messaging;

import java.util.UUID;

/**
 * A participant moved their read position in a thread (marked it read up to {@code readUpToSeq}), and
 * {@code unreadCount} is what is left unread there for them. Fired synchronously after the write with
 * what the request already holds: marking read runs in auto-commit and is a hot path, so firing adds no
 * database statement, and observers must not add one to the request either (live updates queue it).
 */
public record ThreadRead(UUID tenantId, UUID threadId, UUID accountId, long readUpToSeq, int unreadCount) {
}
