package org.tandem.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A message was posted in a thread. Fired synchronously in the posting transaction, so what observers
 * write (the thread's preview, translation jobs) commits or rolls back with the post.
 */
public record MessagePosted(UUID tenantId, UUID threadId, UUID messageId, long seq, UUID authorId, String body,
                            String language, Instant at) {
}
