package org.tandem.goals.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.goals.Direction;
import org.tandem.goals.MeasureKind;

/** A goal's progress, ready to chart: the series, the baseline and target lines, the trend and its outlook. */
@Schema(name = "GoalProgress", description = "The computation is stated exactly in docs/goals.md")
public record ProgressView(
        @Schema(required = true) UUID goalId,
        @Schema(required = true) MeasureKind measure,
        @Schema(required = true) LocalDate startDate,
        @Schema(required = true) LocalDate targetDate,
        @Schema(required = true, description = "Today in the student's school's time zone: the day the outlook was computed for") LocalDate asOf,
        @Schema(required = true, nullable = true, description = "The baseline line (goals with a target)") Double baseline,
        @Schema(required = true, nullable = true, description = "The target line (goals with a target)") Double target,
        @Schema(required = true, nullable = true) String unit,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Goals with a target") Direction direction,
        @Schema(required = true, description = "Check-ins with a value, in date order") List<SeriesPoint> series,
        @Schema(required = true, nullable = true, description = "The latest value (last of the series)") Double latestValue,
        @Schema(required = true, nullable = true, description = "How far from the baseline to the target the latest value "
                + "lies, 0–100, one decimal (milestones: the share ticked off)") Double percentOfWay,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The least-squares trend; absent without enough data")
        Trend trend,
        @Schema(required = true, enumeration = {"on_track", "behind", "not_enough_data"}) Outlook outlook,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The mastery rule's state, when the goal has one")
        Mastery mastery,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Milestone goals: how many are ticked off")
        MilestoneCount milestones) {

    @Schema(name = "GoalProgressPoint")
    public record SeriesPoint(@Schema(required = true) UUID checkInId, @Schema(required = true) LocalDate date,
                              @Schema(required = true, description = "Days since the start date") long day,
                              @Schema(required = true) double value) {
    }

    @Schema(name = "GoalProgressTrend")
    public record Trend(@Schema(required = true) double slopePerDay, @Schema(required = true) double slopePerWeek,
                        @Schema(required = true, description = "The line's value at the start date") double intercept,
                        @Schema(required = true, description = "The line's value at the target date") double projectedAtTarget,
                        @Schema(required = true, description = "Two points to draw the line: start and target date")
                        List<LinePoint> line) {
    }

    @Schema(name = "GoalProgressLinePoint")
    public record LinePoint(@Schema(required = true) LocalDate date, @Schema(required = true) double value) {
    }

    @Schema(name = "GoalMastery")
    public record Mastery(@Schema(required = true) int required,
                          @Schema(required = true, description = "Latest check-ins in a row at or past the target") int streak,
                          @Schema(required = true) boolean met) {
    }

    @Schema(name = "GoalMilestoneCount")
    public record MilestoneCount(@Schema(required = true) int done, @Schema(required = true) int total) {
    }
}
