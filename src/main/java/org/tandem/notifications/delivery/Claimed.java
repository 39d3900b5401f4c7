package org.tandem.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

/** A ledger row a worker claimed, with the notification it delivers. */
record Claimed(UUID tenantId, UUID id, String channel, int attempts, UUID notificationId, UUID recipientId, String kind,
               String title, String body, String link, String data, boolean urgent, Instant readAt, String language,
               String subjectId) {
}
