package org.tandem.webhooks.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint to register (or its fields after a merge patch). */
@Schema(name = "WebhookEndpointDraft")
public record WebhookEndpointDraft(
        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000, example = "https://sis.example.org/tandem/webhooks",
                description = "Where events are POSTed: https, on a public address (no redirect is followed)") String url,
        @Size(max = 500) @Schema(nullable = true, maxLength = 500, example = "Student information system sync") String description,
        @NotNull @Size(min = 1, max = 100) @Schema(required = true, example = "[\"goal.agreed\", \"goal.achieved\"]",
                description = "The event types to deliver (see `GET /api/v1/webhook-event-types`); each must be one the"
                        + " caller may see")
        List<@NotNull @Pattern(regexp = TYPE) String> eventTypes,
        @Pattern(regexp = "enabled|paused") @Schema(nullable = true, enumeration = {"enabled", "paused"},
                description = "`paused` queues deliveries until it is enabled again (default `enabled`)") String status) {

    public static final String TYPE = "[a-z][a-z_]*(\\.[a-z][a-z_]*)+";
}
