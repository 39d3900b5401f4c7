package org.tandem.goals.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.goals.Direction;

/** A measurable target: from a baseline to a target value in a unit, rising or falling. */
@Schema(name = "GoalTarget", description = "A measurable target, e.g. 52 → 90 words per minute")
public record TargetMeasure(
        @NotNull @Schema(required = true, description = "Where the student starts", example = "52") Double baseline,
        @NotNull @Schema(required = true, description = "Where success lies; differs from the baseline", example = "90")
        Double target,
        @NotBlank @Size(max = 40) @Schema(required = true, maxLength = 40, example = "words per minute") String unit,
        @NotNull @Schema(required = true, description = "`higher`: the target lies above the baseline; `lower`: below")
        Direction direction,
        @Min(1) @Max(20) @Schema(nullable = true, minimum = "1", maximum = "20",
                description = "Optional mastery rule: this many check-ins in a row at or past the target")
        Integer masteryCount) {
}
