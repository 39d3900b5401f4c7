package org.tandem.webhooks.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event type of the catalog, and the scope an integrator needs to see it. */
@Schema(name = "WebhookEventType")
public record EventTypeView(
        @Schema(required = true, example = "goal.agreed") String type,
        @Schema(required = true) String description,
        @Schema(required = true, nullable = true, example = "events.goals", description = "The scope that lets an integrator see it;"
                + " null when only district administrators do") String scope) {
}
