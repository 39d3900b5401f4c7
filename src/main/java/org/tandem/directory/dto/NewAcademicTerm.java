package org.tandem.directory.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A term of a school's year. */
public record NewAcademicTerm(
        @NotNull UUID schoolId,
        @NotBlank @Size(max = Bounds.NAME) @Schema(example = "Fall 2026") String name,
        @NotNull @Schema(example = "2026-08-24") LocalDate startsOn,
        @NotNull @Schema(description = "The last day of the term; not before startsOn", example = "2026-12-18") LocalDate endsOn,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
