package org.tandem.directory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school to add to the district. */
public record NewSchool(
        @NotBlank @Size(max = Bounds.NAME) @Schema(example = "Lincoln Elementary")
        String name,
        @NotBlank @Size(max = Bounds.TIME_ZONE) @IanaTimeZone
        @Schema(description = "IANA time zone of the school", example = "America/Chicago")
        String timeZone,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
