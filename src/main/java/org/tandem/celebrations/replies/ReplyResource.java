package org.tandem.celebrations.replies;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ProblemCode;

/** Short replies (notes of thanks) under a celebration, and reporting one. */
@Path("/api/v1/celebrations/{celebrationId}/replies")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {

    private final ReplyService replies;

    ReplyResource(ReplyService replies) {
        this.replies = replies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToCelebration", summary = "Reply to a celebration (anyone who sees it; 500 characters)",
            description = "The reply is seen by the celebration's author, the student's guardians and administrators, "
                    + "and by its own author.")
    @APIResponse(responseCode = "201", description = "Replied",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replies.View.class)))
    @APIResponse(responseCode = "409", description = "The celebration was withdrawn")
    @ProblemCodes({ProblemCode.CELEBRATION_WITHDRAWN})
    public Response reply(@PathParam("celebrationId") UUID celebrationId, @NotNull @Valid Replies.NewReply input) {
        return Response.status(201).entity(replies.reply(celebrationId, input)).build();
    }

    @GET
    @Operation(operationId = "listCelebrationReplies", summary = "Replies to a celebration, oldest first",
            description = "All of them for the celebration's author, the student's guardians and administrators; "
                    + "one's own for everyone else who sees the celebration.")
    @APIResponse(responseCode = "200", description = "A page of replies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replies.ReplyPage.class)))
    public Page<Replies.View> list(@PathParam("celebrationId") UUID celebrationId, @Valid @BeanParam PageRequest page) {
        return replies.list(celebrationId, page);
    }

    @POST
    @Path("/{replyId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportCelebrationReply", summary = "Report a reply to the administrators (once)")
    @APIResponse(responseCode = "201", description = "Reported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replies.Report.class)))
    @APIResponse(responseCode = "409", description = "Reported already")
    @ProblemCodes({ProblemCode.ALREADY_REPORTED, ProblemCode.OWN_REPLY})
    public Response report(@PathParam("celebrationId") UUID celebrationId, @PathParam("replyId") UUID replyId,
                           @NotNull @Valid Replies.NewReport input) {
        return Response.status(201).entity(replies.report(celebrationId, replyId, input)).build();
    }
}
