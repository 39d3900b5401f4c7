package org.tandem.directory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A class (section) of a school in one of its terms. */
public record NewSchoolClass(
        @NotNull UUID schoolId,
        @NotNull @Schema(description = "A term of the same school") UUID termId,
        @NotBlank @Size(max = Bounds.NAME) @Schema(example = "Room 12") String name,
        @Size(max = Bounds.NAME) @Schema(nullable = true, example = "Reading") String subject,
        @Size(max = Bounds.GRADE) @Schema(nullable = true, example = "3") String grade,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
