package org.tandem.webhooks.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to one endpoint, with its attempts when read alone. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID endpointId,
        @Schema(required = true, example = "evt_1042", description = "The `webhook-id` sent (the same on every attempt)") String messageId,
        @Schema(required = true, example = "goal.agreed") String eventType,
        @Schema(required = true, enumeration = {"pending", "succeeded", "failed"},
                description = "`failed` after the last retry; a replay makes it `pending` again") String status,
        @Schema(required = true) int attempts,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When the next attempt is due (pending only)") Instant nextAttemptAt,
        @Schema(required = true, nullable = true, description = "The last answer's HTTP status") Integer lastStatus,
        @Schema(required = true, nullable = true) String lastError,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant finishedAt,
        @Schema(required = true, nullable = true, description = "Every attempt, oldest first (only when one delivery is read)")
        List<AttemptView> attemptLog) {
}
