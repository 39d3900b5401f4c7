package org.tandem.events.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conference and its slots as the caller may see them. */
@Schema(name = "Conference")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConferenceView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The teacher (staff id)") UUID staffId,
        @Schema(required = true) String teacherName,
        @Schema(required = true) UUID schoolId,
        UUID classId,
        @Schema(required = true) String title,
        @Schema(required = true) String timeZone,
        @Schema(required = true, enumeration = {"in_person", "video"}) String mode,
        String place,
        String videoLink,
        @Schema(required = true) int slotMinutes,
        @Schema(required = true) int breakMinutes,
        @Schema(required = true) List<SlotView> slots) {
}
