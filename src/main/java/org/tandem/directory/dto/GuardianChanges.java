package org.tandem.directory.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable state of a guardian, as a JSON Merge Patch changes it. */
public record GuardianChanges(
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(required = false) String givenName,
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(required = false) String familyName,
        @Email @Size(max = Bounds.EMAIL) @Schema(nullable = true) String email,
        @Pattern(regexp = Bounds.PHONE_NUMBER) @Size(max = Bounds.PHONE) @Schema(nullable = true) String phone,
        @NotNull @Pattern(regexp = Bounds.LANGUAGE_TAG) @Size(max = Bounds.LANGUAGE) @Schema(required = false)
        String preferredLanguage,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = "null removes it", nullable = true) String sourcedId,
        @NotNull @Schema(required = false, description = Bounds.ACTIVE_DESCRIPTION) Boolean active) {
}
