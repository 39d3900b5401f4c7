package org.tandem.directory.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Staff;

/** A member of a school's staff. Their account is linked when they accept an invitation or sign in. */
public record NewStaff(
        @NotNull UUID schoolId,
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(example = "Ada") String givenName,
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(example = "Lovelace") String familyName,
        @NotBlank @Email @Size(max = Bounds.EMAIL) @Schema(example = "ada.lovelace@lincoln.example.org") String email,
        @NotNull @Schema(description = "school_admin administers the school's directory") Staff.Kind kind,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
