package org.tandem.goals.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.goals.GoalCategory;
import org.tandem.goals.GoalStatus;
import org.tandem.goals.MeasureKind;
import org.tandem.goals.Side;
import org.tandem.platform.concurrency.Versioned;

/** A goal as its two sides see it: the agreed terms, and a pending revision beside them. */
@Schema(name = "Goal")
public record GoalView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID studentId,
        @Schema(required = true) String title,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) GoalCategory category,
        @Schema(required = true) GoalStatus status,
        @Schema(required = true) boolean confidential,
        @Schema(required = true, description = "The account whose side made the proposal standing now") UUID proposedBy,
        @Schema(required = true) Side proposedSide,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The side whose agreement is awaited (a proposal or a "
                + "revision); absent when none is") Side awaitingSide,
        @Schema(required = true, description = "Whether the caller's side is the one awaited") boolean awaitingMe,
        @Schema(required = true) LocalDate startDate,
        @Schema(required = true) LocalDate targetDate,
        @Schema(required = true, nullable = true) String homeSupport,
        @Schema(required = true, nullable = true) String schoolSupport,
        @Schema(required = true) MeasureKind measure,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The agreed target (measure `target`); absent for milestones") TargetMeasure target,
        @Schema(required = true, description = "The milestones (measure `milestones`), in order") List<Milestone> milestones,
        @Schema(required = true) List<UUID> assignedStaffIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "New terms awaiting the other side; absent when none") Revision.View pendingRevision,
        @Schema(required = true, nullable = true, description = "Why it was discontinued") String closedReason,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant agreedAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant closedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "The celebration of this goal's achievement, if it was celebrated") UUID celebrationId)
        implements Versioned {

    /** The same goal as seen by a caller on {@code side}. */
    public GoalView seenFrom(Side side) {
        boolean awaiting = awaitingSide != null && awaitingSide == side;
        return awaiting == awaitingMe ? this : new GoalView(id, studentId, title, description, category, status,
                confidential, proposedBy, proposedSide, awaitingSide, awaiting, startDate, targetDate, homeSupport,
                schoolSupport, measure, target, milestones, assignedStaffIds, pendingRevision, closedReason, agreedAt,
                closedAt, createdAt, updatedAt, version, celebrationId);
    }

    @Schema(name = "GoalMilestone")
    public record Milestone(@Schema(required = true) UUID id, @Schema(required = true) int position,
                            @Schema(required = true) String title,
                            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant doneAt,
                            @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                                    description = "The check-in that ticked it off")
                            UUID checkInId) {
    }
}
