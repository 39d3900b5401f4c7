package org.tandem.webhooks.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A JSON Merge Patch of an endpoint (RFC 7396): a field left out keeps its value. Setting {@code status}
 * to {@code enabled} also re-enables an endpoint that was disabled for failing; its queued deliveries go out.
 */
@Schema(name = "WebhookEndpointChanges")
public record WebhookEndpointChanges(
        @NotBlank @Size(max = 2000) @Schema(required = false, maxLength = 2000) String url,
        @Size(max = 500) @Schema(nullable = true, maxLength = 500) String description,
        @NotNull @Size(min = 1, max = 100) @Schema(required = false)
        List<@NotNull @Pattern(regexp = WebhookEndpointDraft.TYPE) String> eventTypes,
        @NotNull @Pattern(regexp = "enabled|paused|disabled") @Schema(required = false,
                enumeration = {"enabled", "paused", "disabled"}) String status) {
}
