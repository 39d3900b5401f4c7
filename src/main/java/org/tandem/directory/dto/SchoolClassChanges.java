package org.tandem.directory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable state of a class, as a JSON Merge Patch changes it. Its school and term stay. */
public record SchoolClassChanges(
        @NotBlank @Size(max = Bounds.NAME) @Schema(required = false) String name,
        @Size(max = Bounds.NAME) @Schema(nullable = true) String subject,
        @Size(max = Bounds.GRADE) @Schema(nullable = true) String grade,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true) String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION) Boolean active) {
}
