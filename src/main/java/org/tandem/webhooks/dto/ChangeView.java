package org.tandem.webhooks.dto;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the changes feed: the same {@code type, timestamp, data} a webhook carries, and its id. */
@Schema(name = "Change")
public record ChangeView(
        @Schema(required = true, example = "evt_1042", description = "The event's id; webhooks send it as `webhook-id`") String id,
        @Schema(required = true, example = "goal.agreed") String type,
        @Schema(required = true, description = "When it happened") Instant timestamp,
        @Schema(required = true, description = "Identifiers and what changed (see docs/webhooks.md for each type)")
        Map<String, Object> data) {
}
