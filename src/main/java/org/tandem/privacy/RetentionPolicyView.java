package org.tandem.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** Retention periods, in days. */
public final class RetentionPolicyView {

    private RetentionPolicyView() {
    }

    /** A district's policy as read: its own periods, or the defaults while it has set none. */
    @Schema(name = "RetentionPolicy")
    public record Policy(
            @Schema(required = true, description = "Messages, from when they were sent") int messagesDays,
            @Schema(required = true, description = "Celebrations and appreciations, from when they were made") int celebrationsDays,
            @Schema(required = true, description = "Achieved, discontinued or withdrawn goals, from when they closed") int closedGoalsDays,
            @Schema(required = true, description = "Notifications, from when they were created") int notificationsDays,
            @Schema(required = true, description = "The audit log of reads, from the read") int auditRecordsDays,
            @Schema(required = true, description = "Delivery records (mail, pushes, webhook calls), from their creation") int deliveriesDays,
            @Schema(required = true, description = "True while the district keeps the defaults") boolean defaults,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant updatedAt,
            @Schema(required = true) long version) implements Versioned {

        int days(RetentionCategory category) {
            return switch (category) {
                case MESSAGES -> messagesDays;
                case CELEBRATIONS -> celebrationsDays;
                case CLOSED_GOALS -> closedGoalsDays;
                case NOTIFICATIONS -> notificationsDays;
                case AUDIT_RECORDS -> auditRecordsDays;
                case DELIVERIES -> deliveriesDays;
            };
        }
    }

    /** A district's new periods (every one is set; the bounds keep a typo from erasing a year of records). */
    @Schema(name = "RetentionPolicyUpdate")
    public record Update(
            @NotNull @Min(30) @Max(36500) @Schema(required = true, minimum = "30", maximum = "36500") Integer messagesDays,
            @NotNull @Min(30) @Max(36500) @Schema(required = true, minimum = "30", maximum = "36500") Integer celebrationsDays,
            @NotNull @Min(30) @Max(36500) @Schema(required = true, minimum = "30", maximum = "36500") Integer closedGoalsDays,
            @NotNull @Min(1) @Max(36500) @Schema(required = true, minimum = "1", maximum = "36500") Integer notificationsDays,
            @NotNull @Min(365) @Max(36500) @Schema(required = true, minimum = "365", maximum = "36500",
                    description = "At least a year: the audit log answers families' questions about past reads") Integer auditRecordsDays,
            @NotNull @Min(1) @Max(36500) @Schema(required = true, minimum = "1", maximum = "36500") Integer deliveriesDays) {
    }

    /** What one category would lose (dry run) or lost (a run). */
    @Schema(name = "RetentionCategoryReport")
    public record CategoryReport(
            @Schema(required = true, enumeration = {"messages", "celebrations", "closedGoals", "notifications", "auditRecords", "deliveries"})
            String category,
            @Schema(required = true) int keepDays,
            @Schema(required = true, description = "Rows created (or closed) before this go") Instant cutoff,
            @Schema(required = true) long rows,
            @Schema(required = true, description = "False when no feature of this installation keeps rows of the category yet")
            boolean enforced) {
    }

    @Schema(name = "RetentionReport")
    public record Report(@Schema(required = true) Instant asOf, @Schema(required = true) boolean dryRun,
                         @Schema(required = true) java.util.List<CategoryReport> categories) {
    }

    @Schema(name = "RetentionRun")
    public record Run(@Schema(required = true, implementation = String.class, format = "date") String runOn,
                      @Schema(required = true) Instant startedAt,
                      @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant finishedAt,
                      @Schema(required = true, description = "Rows removed, by category") java.util.Map<String, Long> removed) {
    }
}
