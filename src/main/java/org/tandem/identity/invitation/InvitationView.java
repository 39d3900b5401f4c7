package org.tandem.identity.invitation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.identity.Relationships;
import org.tandem.platform.mail.MailOutbox;

/** An invitation as staff see it; the token is only ever in the mail. */
@Schema(name = "Invitation")
public record InvitationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID studentId,
        @Schema(required = true, maxLength = 254) String email,
        @Schema(required = true, enumeration = {"mother", "father", "guardian", "grandparent", "other"}) String relationship,
        @Schema(required = true) boolean educationalRights,
        @Schema(required = true, enumeration = {"pending", "accepted", "revoked", "expired"}) String status,
        @Schema(required = true, description = "The account of the staff member who sent it") UUID invitedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant acceptedAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid", description = "The account that accepted it") UUID acceptedAccountId,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time") Instant revokedAt,
        @Schema(required = true, enumeration = {"pending", "sent", "failed"},
                description = "Whether the invitation's mail went out: `pending` while it waits to be sent (or to be "
                        + "retried after the mail server refused it), `sent` once the mail server accepted it, `failed` "
                        + "when every attempt failed (check the address, or revoke and invite again)")
        String mailStatus) {

    static InvitationView of(Invitation invitation, Instant now, MailOutbox.Status mail) {
        return new InvitationView(invitation.id(), invitation.studentId(), invitation.email(),
                Relationships.wire(invitation.relationship()), invitation.educationalRights(),
                invitation.status(now).name().toLowerCase(java.util.Locale.ROOT), invitation.invitedBy(),
                invitation.createdAt(), invitation.expiresAt(), invitation.acceptedAt(), invitation.acceptedAccountId(),
                invitation.revokedAt(), (mail == null ? MailOutbox.Status.PENDING : mail).wire());
    }
}
