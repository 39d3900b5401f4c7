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
                    description = "Why; required to discontinue") String reason) {
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
