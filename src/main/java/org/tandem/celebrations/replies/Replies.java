package org.tandem.celebrations.replies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Replies to celebrations, their reports, and the administrators' view of those reports. */
public final class Replies {

    public static final String REASONS = "harassment|inappropriate|spam|safety|other";

    private Replies() {
    }

    @Schema(name = "NewCelebrationReply")
    public record NewReply(@NotBlank @Size(max = 500) @Schema(required = true, maxLength = 500,
            description = "A short note of thanks") String body) {
    }

    @Schema(name = "CelebrationReply")
    public record View(@Schema(required = true) UUID id, @Schema(required = true) UUID celebrationId,
                       @Schema(required = true) UUID authorId, @Schema(required = true) String authorName,
                       @Schema(required = true) String body, @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "CelebrationReplyPage")
    public record ReplyPage(@Schema(required = true) List<View> items,
                            @Schema(required = true, nullable = true) String nextCursor) {
    }

    @Schema(name = "NewCelebrationReplyReport")
    public record NewReport(
            @NotNull @Pattern(regexp = REASONS, message = "must be one of harassment, inappropriate, spam, safety, other")
            @Schema(required = true, enumeration = {"harassment", "inappropriate", "spam", "safety", "other"}) String reason,
            @Size(max = 1000) @Schema(nullable = true, maxLength = 1000, description = "What the administrators should know")
            String note) {
    }

    @Schema(name = "CelebrationReplyReport")
    public record Report(
            @Schema(required = true) UUID id,
            @Schema(required = true, enumeration = {"harassment", "inappropriate", "spam", "safety", "other"}) String reason,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true, enumeration = {"open", "dismissed", "actioned"}) String state,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) UUID reporterId,
            @Schema(required = true) View reply,
            @Schema(required = true, description = "Whether the reply was removed") boolean replyRemoved,
            @Schema(required = true, nullable = true, implementation = String.class, format = "uuid") UUID resolvedBy,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant resolvedAt) {
    }

    @Schema(name = "CelebrationReplyReportPage")
    public record ReportPage(@Schema(required = true) List<Report> items,
                             @Schema(required = true, nullable = true) String nextCursor) {
    }

    @Schema(name = "CelebrationReplyReportResolution",
            description = "Resolves this report and every other open report of the same reply")
    public record Resolution(
            @NotNull @Pattern(regexp = "dismissed|actioned")
            @Schema(required = true, enumeration = {"dismissed", "actioned"}) String outcome,
            @Schema(nullable = true, description = "With `actioned`: remove the reply for everyone", defaultValue = "false")
            Boolean removeReply) {
    }
}
