package org.tandem.events.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new event and its audience: a school, a class's families, or chosen families named by their students. */
@Schema(name = "EventDraft")
public record EventDraft(
        @NotNull @Pattern(regexp = "school|class|families") @Schema(required = true, enumeration = {"school", "class",
                "families"}) String audience,
        @Schema(description = "The school (audience school or families)") UUID schoolId,
        @Schema(description = "The class (audience class)") UUID classId,
        @Size(max = 500) @Schema(maxItems = 500, description = "The students whose families are invited (audience families)")
        List<@NotNull UUID> studentIds,
        @NotNull @Valid @Schema(required = true) EventFields event) {
}
