package org.tandem.identity.invitation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What accepting an invitation linked: the account, its guardian record and the link to the student. */
@Schema(name = "InvitationAccepted")
public record InvitationAccepted(
        @Schema(required = true) UUID accountId,
        @Schema(required = true, description = "True when this acceptance created the account; it can now sign in")
        boolean accountCreated,
        @Schema(required = true) UUID guardianId,
        @Schema(required = true) UUID studentId,
        @Schema(required = true) UUID guardianshipId) {
}
