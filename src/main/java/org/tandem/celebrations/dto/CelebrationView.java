package org.tandem.celebrations.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.celebrations.CelebrationCategory;
import org.tandem.celebrations.badges.BadgeSymbol;
import org.tandem.celebrations.reactions.Reaction;
import org.tandem.platform.concurrency.Versioned;

/** A celebration of a student or of a class (which names no child), with its reactions. */
@Schema(name = "Celebration")
public record CelebrationView(
        @Schema(required = true) UUID id,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "The student celebrated; null for a class celebration") UUID studentId,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "The class celebrated; null for a student's celebration") UUID classId,
        @Schema(required = true) UUID authorId,
        @Schema(required = true) String authorName,
        @Schema(required = true) String title,
        @Schema(required = true, nullable = true) String message,
        @Schema(required = true) CelebrationCategory category,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        @Schema(description = "The badge from the district's catalog; absent when none") BadgeRef badge,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "The achieved goal it celebrates") UUID goalId,
        @Schema(required = true, description = "Counts per reaction (reactions nobody chose are left out) and whether "
                + "the caller chose it") List<ReactionCount> reactions,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When it was withdrawn (families no longer see it)") Instant withdrawnAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) implements Versioned {

    @Schema(name = "CelebrationBadge")
    public record BadgeRef(@Schema(required = true) UUID id, @Schema(required = true) String name,
                           @Schema(required = true) BadgeSymbol symbol) {
    }

    @Schema(name = "ReactionCount")
    public record ReactionCount(@Schema(required = true) Reaction reaction, @Schema(required = true) int count,
                                @Schema(required = true, description = "Whether the caller reacted so") boolean mine) {
    }
}
