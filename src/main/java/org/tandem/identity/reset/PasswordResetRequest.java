package org.tandem.identity.reset;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone who forgot their password asks for a reset mail. */
@Schema(name = "PasswordResetRequest")
public record PasswordResetRequest(
        @NotBlank @Email @Size(max = 254)
        @Schema(required = true, maxLength = 254, examples = "jordan.rivera@example.com") String email,
        @Size(min = 1, max = 100)
        @Schema(minLength = 1, maxLength = 100, examples = "springfield-schools",
                description = "The district's slug or id; may be left out when the email has an account in one district only")
        String tenant) {
}
