package org.tandem.goals.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.goals.RevisionStatus;
import org.tandem.goals.Side;

/** New terms for an active goal, which the other side accepts or declines. */
public final class Revision {

    private Revision() {
    }

    @Schema(name = "NewGoalRevision", description = "The complete new terms; a milestone goal's revision changes dates only")
    public record Request(
            @NotNull @Schema(required = true) LocalDate startDate,
            @NotNull @Schema(required = true) LocalDate targetDate,
            @Valid @Schema(nullable = true, description = "Required for a goal with a target; absent for milestones")
            TargetMeasure target,
            @Size(max = 1000) @Schema(nullable = true, maxLength = 1000, description = "Why the change") String note) {
    }

    @Schema(name = "GoalRevisionDecision")
    public record Decision(
            @NotNull @Pattern(regexp = "accept|decline|withdraw")
            @Schema(required = true, enumeration = {"accept", "decline", "withdraw"},
                    description = "The other side accepts or declines; the proposing side withdraws") String decision) {
    }

    @Schema(name = "GoalRevision")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID proposedBy,
            @Schema(required = true) Side side,
            @Schema(required = true) RevisionStatus status,
            @Schema(required = true) LocalDate startDate,
            @Schema(required = true) LocalDate targetDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent for milestone goals") TargetMeasure target,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true) Instant createdAt) {
    }
}
