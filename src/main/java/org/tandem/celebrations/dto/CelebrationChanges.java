package org.tandem.celebrations.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.celebrations.CelebrationCategory;

/** A JSON Merge Patch of a celebration: its words, category and badge. */
@Schema(name = "CelebrationChanges")
public record CelebrationChanges(
        @NotBlank @Size(max = 200) @Schema(required = false, maxLength = 200) String title,
        @Size(max = 2000) @Schema(nullable = true, maxLength = 2000) String message,
        @NotNull @Schema(required = false) CelebrationCategory category,
        @Schema(nullable = true, description = "An active badge; null removes the badge") UUID badgeId) {
}
