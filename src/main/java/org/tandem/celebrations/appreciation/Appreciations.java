package org.tandem.celebrations.appreciation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Appreciation of staff: giving it, a teacher's view of theirs, and an administrator's counts. */
public final class Appreciations {

    private Appreciations() {
    }

    @Schema(name = "NewAppreciation")
    public record NewAppreciation(
            @NotNull @Schema(required = true, description = "The member of staff thanked") UUID staffId,
            @Schema(nullable = true, description = "The student it is about, if any") UUID studentId,
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000) String note) {
    }

    @Schema(name = "Appreciation")
    public record View(@Schema(required = true) UUID id, @Schema(required = true) UUID staffId,
                       @Schema(required = true) UUID authorId, @Schema(required = true) String authorName,
                       @Schema(required = true, nullable = true, implementation = String.class, format = "uuid") UUID studentId,
                       @Schema(required = true) String note, @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "AppreciationPage")
    public record AppreciationPage(@Schema(required = true) List<View> items,
                                   @Schema(required = true, nullable = true) String nextCursor) {
    }

    @Schema(name = "AppreciationCount", description = "How many appreciations a member of staff received (never the notes)")
    public record Count(@Schema(required = true) UUID staffId, @Schema(required = true) String givenName,
                        @Schema(required = true) String familyName, @Schema(required = true) long count) {
    }

    @Schema(name = "AppreciationCounts")
    public record Counts(@Schema(required = true, description = "The school's active staff by family name, then given name")
                         List<Count> items) {
    }
}
