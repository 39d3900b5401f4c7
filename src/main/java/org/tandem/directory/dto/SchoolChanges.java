package org.tandem.directory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable state of a school, as a JSON Merge Patch changes it: send only what changes. */
public record SchoolChanges(
        @NotBlank @Size(max = Bounds.NAME) @Schema(required = false)
        String name,
        @NotBlank @Size(max = Bounds.TIME_ZONE) @IanaTimeZone @Schema(required = false, example = "America/Chicago")
        String timeZone,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true)
        String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION)
        Boolean active) {
}
