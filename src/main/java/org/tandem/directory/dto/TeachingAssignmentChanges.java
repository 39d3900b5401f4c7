package org.tandem.directory.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.TeachingAssignment;

/** The writable state of a teaching assignment, as a JSON Merge Patch changes it. The staff member and class stay. */
public record TeachingAssignmentChanges(
        @NotNull @Schema(required = false) TeachingAssignment.Role role,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true) String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION) Boolean active) {
}
