package org.tandem.notifications.push;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered device as its owner sees it. The token or endpoint itself is never shown back (it is a
 * capability: whoever holds it can address the device); {@code hint} is enough to tell devices apart.
 */
@Schema(name = "PushDevice")
public record PushDeviceView(
        @Schema(required = true) UUID id,
        @Schema(required = true, enumeration = {"web", "fcm", "apns"}) String platform,
        @Schema(description = "web: the push service's host; fcm and apns: the token's last 6 characters",
                required = true) String hint,
        @Schema(required = true, nullable = true) String appId,
        @Schema(required = true, nullable = true, enumeration = {"production", "development"}) String environment,
        @Schema(required = true, nullable = true) String name,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "When it was last registered") Instant updatedAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When a provider last accepted a notification for it") Instant lastSentAt) {
}
