package org.tandem.goals.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.goals.GoalCategory;

/**
 * A JSON Merge Patch of a goal. The description fields change at once; the terms (dates, target)
 * change directly only while the goal is proposed (which makes the caller's side the proposer), and
 * through a revision once it is active.
 */
@Schema(name = "GoalChanges")
public record GoalChanges(
        @NotBlank @Size(max = 200) @Schema(required = false, maxLength = 200) String title,
        @Size(max = 4000) @Schema(maxLength = 4000, nullable = true) String description,
        @NotNull @Schema(required = false) GoalCategory category,
        @Size(max = 500) @Schema(maxLength = 500, nullable = true) String homeSupport,
        @Size(max = 500) @Schema(maxLength = 500, nullable = true) String schoolSupport,
        @NotNull @Schema(required = false, description = "School side only") Boolean confidential,
        @NotNull @Size(max = 20) @Schema(required = false, maxItems = 20, description = "School side only") List<@NotNull UUID> assignedStaffIds,
        @NotNull @Schema(required = false, description = "Proposed goals only") LocalDate startDate,
        @NotNull @Schema(required = false, description = "Proposed goals only") LocalDate targetDate,
        @Valid @Schema(nullable = true, description = "Proposed goals with a target only") TargetMeasure target) {
}
