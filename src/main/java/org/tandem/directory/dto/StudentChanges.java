package org.tandem.directory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable state of a student, as a JSON Merge Patch changes it. Their school stays. */
public record StudentChanges(
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(required = false) String givenName,
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(required = false) String familyName,
        @Size(max = Bounds.GRADE) @Schema(nullable = true) String grade,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true) String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION) Boolean active) {
}
