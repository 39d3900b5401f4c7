package org.tandem.messaging;

import java.util.UUID;

/** A message's text was changed by its author; fired in the edit's transaction. */
public record MessageEdited(UUID tenantId, UUID threadId, UUID messageId, String body, String language) {
}
