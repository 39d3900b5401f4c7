package org.tandem.directory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A student of a school: a record, not an account. */
public record NewStudent(
        @NotNull UUID schoolId,
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(example = "Sam") String givenName,
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(example = "Rivera") String familyName,
        @Size(max = Bounds.GRADE) @Schema(nullable = true, example = "3") String grade,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
