package org.tandem.directory.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Places a student in a class of their school. */
public record NewEnrollment(
        @NotNull UUID studentId,
        @NotNull @Schema(description = "A class of the student's school") UUID classId,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
