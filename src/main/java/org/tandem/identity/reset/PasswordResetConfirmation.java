package org.tandem.identity.reset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token from the reset mail and the new password. */
@Schema(name = "PasswordResetConfirmation")
public record PasswordResetConfirmation(
        @NotBlank @Size(max = 128)
        @Schema(required = true, maxLength = 128, description = "The token from the reset mail") String token,
        @NotNull @Size(min = 10, max = 128)
        @Schema(required = true, minLength = 10, maxLength = 128, format = "password", example = "correct-horse-battery") String newPassword) {
}
