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

/** A goal proposed for a student: give either a measurable `target` or `milestones`, not both. */
@Schema(name = "NewGoal")
public record NewGoal(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, example = "Read more fluently") String title,
        @Size(max = 4000) @Schema(maxLength = 4000, nullable = true) String description,
        @NotNull @Schema(required = true) GoalCategory category,
        @NotNull @Schema(required = true, example = "2026-09-01") LocalDate startDate,
        @NotNull @Schema(required = true, description = "After the start date", example = "2027-01-29") LocalDate targetDate,
        @Size(max = 500) @Schema(maxLength = 500, nullable = true, description = "Who supports it at home, and how")
        String homeSupport,
        @Size(max = 500) @Schema(maxLength = 500, nullable = true, description = "Who supports it at school, and how")
        String schoolSupport,
        @Schema(nullable = true, description = "School side only: a confidential goal (an IEP goal) is seen only by "
                + "guardians with educational rights, the assigned staff and administrators. Default false")
        Boolean confidential,
        @Size(max = 20) @Schema(nullable = true, maxItems = 20, description = "School side only: staff of the student's "
                + "school assigned to the goal. A teacher proposing a confidential goal is assigned to it")
        List<@NotNull UUID> assignedStaffIds,
        @Valid @Schema(nullable = true, description = "A measurable target (or give milestones)") TargetMeasure target,
        @Size(min = 1, max = 20) @Schema(nullable = true, minItems = 1, maxItems = 20,
                description = "Milestones, in order, ticked off by check-ins (or give a target)")
        List<@NotBlank @Size(max = 200) String> milestones) {

    public boolean isConfidential() {
        return Boolean.TRUE.equals(confidential);
    }
}
