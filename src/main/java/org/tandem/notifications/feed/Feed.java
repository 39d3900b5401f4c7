package org.tandem.notifications.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the in-app feed. */
public final class Feed {

    private Feed() {
    }

    @Schema(name = "Notification", description = "One entry of a person's in-app feed, in their language at the time it was made.")
    public record Item(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "The kind of notification: the domain event's name, e.g. `message.posted`")
            String kind,
            @Schema(required = true) String title,
            @Schema(required = true, description = "More words; may be empty") String body,
            @Schema(required = true, nullable = true, description = "The app path it opens, e.g. `/threads/{id}`") String link,
            @Schema(required = true, description = "Identifiers an app routes with (thread, goal, event ids), as strings")
            Map<String, String> data,
            @Schema(required = true, description = "An urgent staff message") boolean urgent,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant readAt) {
    }

    @Schema(name = "NotificationPage")
    public record ItemPage(@Schema(required = true) List<Item> items,
                           @Schema(required = true, nullable = true) String nextCursor) {
    }

    @Schema(name = "NotificationUnreadCount")
    public record UnreadCount(@Schema(required = true) long count) {
    }

    @Schema(name = "NotificationsMarkedRead")
    public record Marked(@Schema(required = true, description = "How many notifications were unread and are now read") int marked) {
    }
}
