package org.tandem.messaging;

import java.util.UUID;

/** A message was deleted for everyone (by its author or a moderator); its text is gone. Fired in that transaction. */
public record MessageRemoved(UUID tenantId, UUID threadId, UUID messageId) {
}
