package org.tandem.identity.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Staff invite guardians for the students they teach. */
@Path("/api/v1/students/{studentId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Joining", description = "Invitations, class codes and join requests that link families to students")
public class InvitationResource {

    private final InvitationService invitations;

    InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteGuardian", summary = "Invite a guardian for a student by email",
            description = "Emails a single-use link that expires (7 days by default). Staff who teach the student "
                    + "and administrators may invite; families get 403.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The invitation was created and its mail queued (see mailStatus)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    public Response invite(@PathParam("studentId") UUID studentId, @NotNull @Valid NewInvitation request) {
        InvitationView created = invitations.invite(studentId, request);
        return Response.created(URI.create("/api/v1/students/" + studentId + "/invitations/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listInvitations", summary = "List a student's invitations, newest first",
            description = "Every invitation sent for the student, with its status; tokens are never shown.")
    @APIResponse(responseCode = "200", description = "A page of invitations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationPage.class)))
    public Page<InvitationView> list(@PathParam("studentId") UUID studentId, @Valid @BeanParam PageRequest page) {
        return invitations.list(studentId, page);
    }

    @POST
    @Path("/{invitationId}/revoke")
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.INVITATION_ACCEPTED})
    @Operation(operationId = "revokeInvitation", summary = "Revoke an invitation that has not been accepted",
            description = "Revoking a revoked invitation changes nothing; an accepted one is a 409.")
    @APIResponse(responseCode = "200", description = "The invitation, now revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", description = "The invitation was already accepted (code invitation_accepted)")
    public InvitationView revoke(@PathParam("studentId") UUID studentId, @PathParam("invitationId") UUID invitationId) {
        return invitations.revoke(studentId, invitationId);
    }
}
