package org.tandem.identity.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.identity.Relationships;

/** Staff's request to invite a guardian for a student. */
@Schema(name = "NewInvitation")
public record NewInvitation(
        @NotBlank @Email @Size(max = 254)
        @Schema(required = true, maxLength = 254, examples = "jordan.rivera@example.com",
                description = "Where the invitation is sent; a new account is created with this email")
        String email,
        @NotNull @Pattern(regexp = Relationships.PATTERN)
        @Schema(required = true, enumeration = {"mother", "father", "guardian", "grandparent", "other"})
        String relationship,
        @Schema(description = "Whether the guardian holds educational rights (sees confidential records); default false",
                defaultValue = "false")
        Boolean educationalRights) {
}
