package org.tandem.directory.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.TeachingAssignment;

/** Assigns a staff member to a class of their school. */
public record NewTeachingAssignment(
        @NotNull UUID staffId,
        @NotNull @Schema(description = "A class of the staff member's school") UUID classId,
        @NotNull TeachingAssignment.Role role,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
