package org.tandem.celebrations.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.celebrations.CelebrationCategory;

/** Recognising a student or a class. */
@Schema(name = "NewCelebration")
public record NewCelebration(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String title,
        @Size(max = 2000) @Schema(nullable = true, maxLength = 2000) String message,
        @NotNull @Schema(required = true) CelebrationCategory category,
        @Schema(nullable = true, description = "An active badge of the district's catalog") UUID badgeId) {
}
