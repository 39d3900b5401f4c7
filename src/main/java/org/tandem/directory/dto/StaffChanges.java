package org.tandem.directory.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.directory.Staff;

/** The writable state of a staff member, as a JSON Merge Patch changes it. Their school stays. */
public record StaffChanges(
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(required = false) String givenName,
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(required = false) String familyName,
        @NotBlank @Email @Size(max = Bounds.EMAIL) @Schema(required = false) String email,
        @NotNull @Schema(required = false) Staff.Kind kind,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true) String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION) Boolean active) {
}
