package org.tandem.celebrations.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.celebrations.dto.CelebrationView;

/** One moment of a student's timeline: a celebration, an achieved goal or a goal milestone reached. */
@Schema(name = "TimelineItem")
public record TimelineItem(
        @Schema(required = true, enumeration = {"celebration", "goal_achieved", "milestone_reached"}) String kind,
        @Schema(required = true, description = "The celebration's, goal's or milestone's id") UUID id,
        @Schema(required = true) Instant at,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        @Schema(description = "With `celebration`; absent otherwise") CelebrationView celebration,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "With `goal_achieved` and `milestone_reached`") UUID goalId,
        @Schema(required = true, nullable = true, description = "With `goal_achieved` and `milestone_reached`") String goalTitle,
        @Schema(required = true, nullable = true, description = "With `milestone_reached`") String milestoneTitle,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "With `goal_achieved`: the celebration of the achievement, if there is one") UUID celebrationId) {

    @Schema(name = "TimelinePage")
    public record TimelinePage(@Schema(required = true) List<TimelineItem> items,
                               @Schema(required = true, nullable = true) String nextCursor) {
    }
}
