package org.tandem.webhooks.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long the current secret keeps signing beside the new one. */
@Schema(name = "SecretRotation")
public record SecretRotation(
        @Min(0) @Max(604800) @Schema(nullable = true, minimum = "0", maximum = "604800", example = "86400",
                description = "Seconds the current secret keeps signing beside the new one (default 24 hours; 0 retires it at once)")
        Integer overlapSeconds) {
}
