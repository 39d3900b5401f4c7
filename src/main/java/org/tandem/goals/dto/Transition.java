package org.tandem.goals.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.goals.GoalStatus;
import org.tandem.goals.Side;

/** Moving a goal along its lifecycle, and the history of those moves. */
public final class Transition {

    private Transition() {
    }

    @Schema(name = "GoalTransitionRequest", description = "`active`: the other side agrees to a proposal; `achieved`: "
            + "an active goal is met; `discontinued`: a proposal is declined or withdrawn, or an active goal stopped "
            + "(a reason is required)")
    public record Request(
            @NotNull @Schema(required = true, enumeration = {"active", "achieved", "discontinued"}) GoalStatus to,
            @Size(min = 1, max = 500) @Schema(nullable = true, maxLength = 500,
                    description = "Why; required to discontinue") String reason,
            @jakarta.validation.Valid @Schema(nullable = true, description = "With `achieved` only: celebrate the "
                    + "achievement in the same request. The celebration links to the goal and the goal to it "
                    + "(`celebrationId`); a confidential goal's celebration keeps the goal's audience.")
            Celebrate celebration) {
    }

    /** The celebration of an achievement; every field may be left out (a title is made from the goal's). */
    @Schema(name = "GoalCelebration")
    public record Celebrate(
            @Size(max = 200) @Schema(nullable = true, maxLength = 200, description = "Defaults to \"Achieved: \" and the "
                    + "goal's title (also when blank)") String title,
            @Size(max = 2000) @Schema(nullable = true, maxLength = 2000) String message,
            @jakarta.validation.constraints.Pattern(regexp = "academic|kindness|effort|perseverance|attendance|milestone")
            @Schema(nullable = true, enumeration = {"academic", "kindness", "effort", "perseverance", "attendance",
                    "milestone"}, description = "Defaults to milestone") String category,
            @Schema(nullable = true, description = "An active badge of the district's catalog") UUID badgeId) {
    }

    @Schema(name = "GoalTransition")
    public record Entry(
            @Schema(required = true) UUID id,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent for the proposal itself") GoalStatus from,
            @Schema(required = true) GoalStatus to,
            @Schema(required = true, description = "The account that made the move") UUID actorId,
            @Schema(required = true) Side side,
            @Schema(required = true, nullable = true) String reason,
            @Schema(required = true) Instant at) {
    }
}
