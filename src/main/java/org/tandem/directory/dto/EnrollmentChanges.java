package org.tandem.directory.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable state of an enrollment, as a JSON Merge Patch changes it. The student and class stay. */
public record EnrollmentChanges(
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true) String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION) Boolean active) {
}
