package org.tandem.identity.classcode;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Families ask to join a class with its code; the class's staff approve or decline the request. */
@Path("/api/v1/join-requests")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Joining")
public class JoinRequestResource {

    private final JoinRequestService requests;

    JoinRequestResource(JoinRequestService requests) {
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.JOIN_REQUEST_PENDING})
    @Operation(operationId = "askToJoinClass", summary = "Ask, with a class code, to be linked to a child in the class",
            description = "Any signed-in person may ask; the class's staff decide. An unknown or disabled code is 404; "
                    + "the same pending request again is 409 join_request_pending. Wrong codes are limited per account (429).",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The request is pending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "404", description = "No enabled class code matches")
    @APIResponse(responseCode = "409", description = "The same request is already pending (join_request_pending)")
    @APIResponse(responseCode = "429", description = "Too many wrong codes from this account; see Retry-After")
    public Response ask(@NotNull @Valid NewJoinRequest request) {
        JoinRequestView created = requests.ask(request);
        return Response.created(URI.create("/api/v1/join-requests/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{requestId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.JOIN_REQUEST_DECIDED, org.tandem.platform.problem.ProblemCode.STUDENT_NOT_IN_CLASS})
    @Operation(operationId = "approveJoinRequest", summary = "Approve a join request, linking the family to a student of the class",
            description = "Creates the requester's guardian record if they have none, and the guardianship "
                    + "(educational rights off; an administrator can grant them).")
    @APIResponse(responseCode = "200", description = "The approved request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "409", description = "The request was already decided (join_request_decided)")
    @APIResponse(responseCode = "422", description = "The student is not enrolled in the class (student_not_in_class)")
    public JoinRequestView approve(@PathParam("requestId") UUID requestId, @NotNull @Valid JoinRequestApproval approval) {
        return requests.approve(requestId, approval.studentId());
    }

    @POST
    @Path("/{requestId}/decline")
    @RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.JOIN_REQUEST_DECIDED})
    @Operation(operationId = "declineJoinRequest", summary = "Decline a join request",
            description = "Links nothing; the family may ask again.")
    @APIResponse(responseCode = "200", description = "The declined request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "409", description = "The request was already decided (join_request_decided)")
    public JoinRequestView decline(@PathParam("requestId") UUID requestId) {
        return requests.decline(requestId);
    }
}
