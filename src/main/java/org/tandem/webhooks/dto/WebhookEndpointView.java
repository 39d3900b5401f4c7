package org.tandem.webhooks.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** A webhook endpoint as its owner and the district's administrators see it. */
@Schema(name = "WebhookEndpoint")
public record WebhookEndpointView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String url,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) List<String> eventTypes,
        @Schema(required = true, enumeration = {"enabled", "paused", "disabled"},
                description = "`disabled` by its owner, or by Tandem after a 410 or days of failures (see `disabledReason`)")
        String status,
        @Schema(required = true, nullable = true) String disabledReason,
        @Schema(required = true, enumeration = {"account", "client"}, description = "Who registered it: an administrator's"
                + " account or an integrator's client") String ownerKind,
        @Schema(required = true) UUID ownerId,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "Since when every attempt has failed; null while deliveries succeed")
        Instant failingSince,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "Until when the previous secret still signs, after a rotation")
        Instant previousSecretExpiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret (`whsec_...`): in the answer to the creation only, never again")
        String secret,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) implements Versioned {

    public WebhookEndpointView withSecret(String shown) {
        return new WebhookEndpointView(id, url, description, eventTypes, status, disabledReason, ownerKind, ownerId,
                failingSince, previousSecretExpiresAt, shown, createdAt, updatedAt, version);
    }
}
