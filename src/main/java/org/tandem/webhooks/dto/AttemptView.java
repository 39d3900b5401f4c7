package org.tandem.webhooks.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt to send a delivery. */
@Schema(name = "WebhookAttempt")
public record AttemptView(
        @Schema(required = true) Instant attemptedAt,
        @Schema(required = true, enumeration = {"succeeded", "failed", "timeout", "refused", "gone"},
                description = "`refused`: not sent (the URL broke a safety rule) or the connection was refused;"
                        + " `gone`: the endpoint answered 410 and was disabled") String outcome,
        @Schema(required = true, nullable = true) Integer statusCode,
        @Schema(required = true, description = "Milliseconds until the answer (or the failure)") int latencyMs,
        @Schema(required = true, nullable = true, description = "The first KiB of the answer's body") String responseExcerpt,
        @Schema(required = true, nullable = true) String error,
        @Schema(required = true, description = "Whether a replay by hand asked for it") boolean manual) {
}
