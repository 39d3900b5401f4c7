package org.tandem.directory.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A family member; linked to students by guardianships. */
public record NewGuardian(
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(example = "Alex") String givenName,
        @NotBlank @Size(max = Bounds.PERSON_NAME) @Schema(example = "Rivera") String familyName,
        @Email @Size(max = Bounds.EMAIL) @Schema(nullable = true, example = "alex.rivera@example.com") String email,
        @Pattern(regexp = Bounds.PHONE_NUMBER) @Size(max = Bounds.PHONE) @Schema(nullable = true, example = "+1 312 555 0100")
        String phone,
        @Pattern(regexp = Bounds.LANGUAGE_TAG) @Size(max = Bounds.LANGUAGE)
        @Schema(nullable = true, description = "BCP 47 language tag; en when omitted", example = "es")
        String preferredLanguage,
        @Size(min = 1, max = Bounds.SOURCED_ID) @Schema(description = Bounds.SOURCED_ID_DESCRIPTION, nullable = true)
        String sourcedId) {
}
