package org.tandem.messaging.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.messaging.dto.ScheduledMessageView;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The caller's own scheduled messages in a thread (schedule one by posting a message with `sendAt`). */
@Path("/api/v1/threads/{threadId}/scheduled-messages")
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ScheduledMessageResource {

    @Schema(name = "ScheduledMessagePage")
    public record ScheduledMessagePage(@Schema(required = true) List<ScheduledMessageView> items,
                                       @Schema(required = true, nullable = true) String nextCursor) {
    }

    private final ScheduledSending scheduling;

    ScheduledMessageResource(ScheduledSending scheduling) {
        this.scheduling = scheduling;
    }

    @GET
    @Operation(operationId = "listScheduledMessages", summary = "The caller's scheduled messages in a thread, soonest first",
            description = "Staff only. Sent and cancelled ones are listed too, unless `state` narrows the list.")
    @APIResponse(responseCode = "200", description = "A page of scheduled messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScheduledMessagePage.class)))
    public Page<ScheduledMessageView> list(
            @PathParam("threadId") UUID threadId,
            @QueryParam("state") @Pattern(regexp = "scheduled|sent|cancelled")
            @Parameter(description = "Only messages in this state",
                    schema = @Schema(enumeration = {"scheduled", "sent", "cancelled"})) String state,
            @Valid @BeanParam PageRequest page) {
        return scheduling.list(threadId, state, page);
    }

    @GET
    @Path("/{scheduledMessageId}")
    @Operation(operationId = "getScheduledMessage", summary = "One of the caller's scheduled messages",
            description = "Once sent it names the message it became (`messageId`); once cancelled, why (`cancelReason`).")
    @APIResponse(responseCode = "200", description = "The scheduled message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduledMessageView.class)))
    public ScheduledMessageView get(@PathParam("threadId") UUID threadId,
                                    @PathParam("scheduledMessageId") UUID scheduledMessageId) {
        return scheduling.one(threadId, scheduledMessageId);
    }

    @POST
    @Path("/{scheduledMessageId}/cancel")
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.ALREADY_SENT})
    @Operation(operationId = "cancelScheduledMessage", summary = "Cancel a scheduled message before it is sent",
            description = "Cancelling again answers the cancelled message; once sent it is a 409 (delete the message instead).")
    @APIResponse(responseCode = "200", description = "The cancelled message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduledMessageView.class)))
    @APIResponse(responseCode = "409", description = "Already sent")
    public ScheduledMessageView cancel(@PathParam("threadId") UUID threadId,
                                       @PathParam("scheduledMessageId") UUID scheduledMessageId) {
        return scheduling.cancel(threadId, scheduledMessageId);
    }
}
