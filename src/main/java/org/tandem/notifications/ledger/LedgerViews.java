package org.tandem.notifications.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the delivery ledger. */
public final class LedgerViews {

    private LedgerViews() {
    }

    @Schema(name = "NotificationDelivery", description = "One try of one notification on one channel.")
    public record Delivery(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID notificationId,
            @Schema(required = true) String kind,
            @Schema(required = true) String title,
            @Schema(required = true, enumeration = {"in_app", "push", "email"}, description = "in_app is the feed entry "
                    + "itself: delivered when it was written, and its id is the notification's") String channel,
            @Schema(required = true, enumeration = {"queued", "held", "digest", "sent", "delivered", "failed", "skipped"},
                    description = "queued (waiting or retrying), held (quiet hours), digest (for the next digest), sent (the "
                            + "provider accepted it), delivered (confirmed), failed (given up), skipped (no address, or read "
                            + "in the app first)") String state,
            @Schema(required = true) int attempts,
            @Schema(required = true, nullable = true, description = "Which address: a device, a masked email, or feed (in_app)") String address,
            @Schema(required = true, nullable = true, description = "The provider's HTTP status or SMTP reply code")
            Integer providerStatus,
            @Schema(required = true, nullable = true) String providerAnswer,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                    description = "When it is tried next (queued or held)") Instant nextAttemptAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "NotificationDeliveryPage")
    public record DeliveryPage(@Schema(required = true) List<Delivery> items,
                               @Schema(required = true, nullable = true) String nextCursor) {
    }

    @Schema(name = "ReachRecipient")
    public record Recipient(
            @Schema(required = true) UUID accountId,
            @Schema(required = true, nullable = true, description = "Null for someone the caller may not see (no longer a "
                    + "member of the thread)") String name,
            @Schema(required = true, enumeration = {"reached", "pending", "not_reached"}) String outcome,
            @Schema(required = true, nullable = true, enumeration = {"push", "email"}) String channel,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant readAt) {
    }

    @Schema(name = "AnnouncementReach", description = "Who a message reached and by which channel, from the delivery ledger.")
    public record Reach(
            @Schema(required = true) UUID messageId,
            @Schema(required = true, description = "People notified (its audience when it was posted)") int recipients,
            @Schema(required = true, description = "Reached by push or email") int reached,
            @Schema(required = true, description = "Reached, per channel") Map<String, Integer> byChannel,
            @Schema(required = true, description = "Still on their way (retrying, quiet hours, digest)") int pending,
            @Schema(required = true, description = "Neither pushed nor mailed (no device or email, turned off, failed)")
            int notReached,
            @Schema(required = true, description = "Read in the app") int read,
            @Schema(required = true, example = "reached 47 of 52: 40 push, 7 email; 5 not reached") String summary,
            @Schema(required = true) List<Recipient> people) {
    }
}
