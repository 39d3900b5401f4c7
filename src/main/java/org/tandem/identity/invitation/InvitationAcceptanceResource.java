package org.tandem.identity.invitation;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepting an invitation works signed in (adds the link to the account) or not (creates the account). */
@Path("/api/v1/invitations/accept")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Joining")
public class InvitationAcceptanceResource {

    private final InvitationAcceptance acceptance;

    InvitationAcceptanceResource(InvitationAcceptance acceptance) {
        this.acceptance = acceptance;
    }

    @POST
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearerAuth"))
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.ACCOUNT_EXISTS, org.tandem.platform.problem.ProblemCode.INVITATION_USED, org.tandem.platform.problem.ProblemCode.INVITATION_REVOKED, org.tandem.platform.problem.ProblemCode.INVITATION_EXPIRED})
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation with the token from its mail",
            description = "With a bearer token, the student is linked to the signed-in account (same district). "
                    + "Without one, an account is created for the invited email from displayName and password; if "
                    + "that email already has an account the answer is 409 account_exists: sign in first. A used, "
                    + "revoked or expired invitation is 410 (invitation_used, invitation_revoked, invitation_expired); "
                    + "an unknown token is 404.")
    @APIResponse(responseCode = "200", description = "The account is linked to the student",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationAccepted.class)))
    @APIResponse(responseCode = "404", description = "No invitation has this token (in the caller's district)")
    @APIResponse(responseCode = "409", description = "An account with the invited email exists; sign in first (account_exists)")
    @APIResponse(responseCode = "410", description = "The invitation was used, revoked or has expired")
    public InvitationAccepted accept(@NotNull @Valid InvitationAcceptanceRequest request) {
        return acceptance.accept(request);
    }
}
