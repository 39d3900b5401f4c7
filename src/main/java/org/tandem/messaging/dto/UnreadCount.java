package org.tandem.messaging.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnreadCount")
public record UnreadCount(@Schema(required = true, description = "Unread messages in the inbox (not archived, not muted)")
                          long total) {
}
