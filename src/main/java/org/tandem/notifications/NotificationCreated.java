package org.tandem.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (CDI, synchronously) in the transaction that stores a notification in a recipient's in-app
 * feed. Live updates observe it after the commit ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)})
 * to push it to the recipient's open streams; nothing is streamed for a feed entry that rolled back.
 */
public record NotificationCreated(UUID tenantId, UUID notificationId, UUID recipientId, String kind, String title,
                                  String link, Instant createdAt) {
}
