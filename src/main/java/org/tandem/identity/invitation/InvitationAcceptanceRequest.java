package org.tandem.identity.invitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accepting an invitation: the token from the mail and, for a new account, its name and password. */
@Schema(name = "InvitationAcceptanceRequest")
public record InvitationAcceptanceRequest(
        @NotBlank @Size(max = 128)
        @Schema(required = true, maxLength = 128, description = "The token from the invitation mail")
        String token,
        @Size(min = 1, max = 100)
        @Schema(minLength = 1, maxLength = 100, examples = "Jordan Rivera",
                description = "Required when no one is signed in and the invited email has no account yet")
        String displayName,
        @Size(min = 10, max = 128)
        @Schema(minLength = 10, maxLength = 128, format = "password",
                description = "The new account's password; required with displayName")
        String password) {
}
