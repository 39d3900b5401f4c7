package org.tandem.notifications.channel;

import java.util.Map;
import java.util.UUID;

/**
 * What a channel is asked to deliver: one notification, already rendered in the recipient's language.
 *
 * @param kind        the kind of notification (preferences are per kind), e.g. {@code message.posted}
 * @param link        the app path it opens, e.g. {@code /threads/{id}} (never a full URL with secrets)
 * @param data        small string values an app needs to route it (ids only, no personal data)
 * @param urgent      an urgent staff message: goes out even in quiet hours
 * @param collapseKey notifications with one key replace each other on a device (a thread's new messages)
 */
public record OutgoingNotification(UUID tenantId, UUID notificationId, UUID recipientId, String kind, String title,
                                   String body, String link, Map<String, String> data, boolean urgent,
                                   String language, String collapseKey) {
}
