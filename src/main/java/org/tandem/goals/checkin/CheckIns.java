package org.tandem.goals.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.goals.Side;
import org.tandem.platform.concurrency.Versioned;

/** The wire forms of check-ins and their comments. */
public final class CheckIns {

    public static final int NOTE_MAX = 2000;
    public static final int COMMENT_MAX = 2000;

    private CheckIns() {
    }

    @Schema(name = "NewGoalCheckIn", description = "Give a value (goals with a target), milestones ticked off (goals "
            + "with milestones), a note, or several of them")
    public record New(
            @Schema(nullable = true, description = "The day it refers to, not in the future nor before the goal's start; "
                    + "default today (UTC)") LocalDate date,
            @Schema(nullable = true, description = "The measured value, in the goal's unit", example = "61") Double value,
            @Size(max = NOTE_MAX) @Schema(nullable = true, maxLength = NOTE_MAX) String note,
            @Size(max = 20) @Schema(nullable = true, maxItems = 20, description = "Milestones ticked off by this check-in")
            List<@NotNull UUID> milestoneIds) {
    }

    @Schema(name = "GoalCheckInChanges", description = "A JSON Merge Patch of a check-in by its author, within the edit window")
    public record Changes(
            @NotNull @Schema(required = false) LocalDate date,
            @Schema(nullable = true) Double value,
            @Size(max = NOTE_MAX) @Schema(nullable = true, maxLength = NOTE_MAX) String note) {
    }

    @Schema(name = "GoalCheckIn")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID goalId,
            @Schema(required = true) UUID authorId,
            @Schema(required = true) Side side,
            @Schema(required = true) LocalDate date,
            @Schema(required = true, nullable = true) Double value,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true, description = "Milestones this check-in ticked off") List<UUID> milestoneIds,
            @Schema(required = true) int commentCount,
            @Schema(required = true, description = "Until when its author may edit it") Instant editableUntil,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant editedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) long version) implements Versioned {
    }

    @Schema(name = "NewGoalCheckInComment")
    public record NewComment(@NotBlank @Size(max = COMMENT_MAX) @Schema(required = true, maxLength = COMMENT_MAX)
                             String body) {
    }

    @Schema(name = "GoalCheckInComment")
    public record Comment(@Schema(required = true) UUID id, @Schema(required = true) UUID checkInId,
                          @Schema(required = true) UUID authorId, @Schema(required = true) String body,
                          @Schema(required = true) Instant createdAt) {
    }
}
