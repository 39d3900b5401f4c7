package org.tandem.directory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable state of a term, as a JSON Merge Patch changes it. */
public record AcademicTermChanges(
        @NotBlank @Size(max = Bounds.NAME) @Schema(required = false) String name,
        @NotNull @Schema(required = false) LocalDate startsOn,
        @NotNull @Schema(required = false, description = "Not before startsOn") LocalDate endsOn,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true) String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION) Boolean active) {
}
