package org.tandem.notifications.push;

import java.util.Map;
import java.util.UUID;
import org.tandem.notifications.channel.OutgoingNotification;

/** What every provider sends: the notification's visible text and what an app needs to open it. */
public record PushMessage(UUID notificationId, String kind, String title, String body, String link,
                          Map<String, String> data, boolean urgent, String collapseKey) {

    static PushMessage of(OutgoingNotification n) {
        return new PushMessage(n.notificationId(), n.kind(), n.title(), n.body() == null ? "" : n.body(), n.link(),
                n.data() == null ? Map.of() : n.data(), n.urgent(), n.collapseKey());
    }

    /** The same message with a shorter body, for a provider's size limit. */
    PushMessage withBody(String shorter) {
        return new PushMessage(notificationId, kind, title, shorter, link, data, urgent, collapseKey);
    }
}
