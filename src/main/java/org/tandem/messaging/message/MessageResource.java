package org.tandem.messaging.message;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import org.tandem.platform.http.BodyFirst;
import org.tandem.messaging.dto.MessageRevision;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.dto.NewMessage;
import org.tandem.messaging.dto.ReadReceipts;
import org.tandem.messaging.dto.ScheduledMessageView;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Messages of a thread. */
@Path("/api/v1/threads/{threadId}/messages")
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@BodyFirst
public class MessageResource {

    @Schema(name = "MessagePage")
    public record MessagePage(@Schema(required = true) List<MessageView> items,
                              @Schema(required = true, nullable = true) String nextCursor) {
    }

    private final MessageService messages;
    private final MessageReading reading;
    private final ScheduledPosts scheduling;

    MessageResource(MessageService messages, MessageReading reading, ScheduledPosts scheduling) {
        this.messages = messages;
        this.reading = reading;
        this.scheduling = scheduling;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.THREAD_LOCKED, org.tandem.platform.problem.ProblemCode.CLIENT_MESSAGE_ID_USED})
    @Operation(operationId = "postMessage", summary = "Post a message",
            description = "Send `clientMessageId` so that a resend after a dropped connection returns the first copy "
                    + "(200) instead of posting twice (201); `Idempotency-Key` works too. Staff may send `sendAt` to "
                    + "schedule the message instead (202): nobody sees it, or counts it unread, before then.",
            extensions = @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "200", description = "Already posted with this clientMessageId: the first copy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "202", description = "Scheduled (with `sendAt`); a resend with the same clientMessageId "
            + "returns the same scheduled message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduledMessageView.class)))
    @APIResponse(responseCode = "409", description = "The thread is locked")
    public Response post(@PathParam("threadId") UUID threadId, @NotNull @Valid NewMessage input) {
        if (input.sendAt() != null) {
            ScheduledMessageView scheduled = scheduling.schedule(threadId, input);
            return Response.accepted(scheduled).location(URI.create("/api/v1/threads/" + threadId
                    + "/scheduled-messages/" + scheduled.id())).build();
        }
        MessageService.Posted posted = messages.post(threadId, input);
        if (posted.replay()) {
            return Response.ok(posted.message()).build();
        }
        return Response.created(URI.create("/api/v1/threads/" + threadId + "/messages/" + posted.message().id()))
                .entity(posted.message()).build();
    }

    @GET
    @Operation(operationId = "listMessages", summary = "Messages of a thread, older or newer from any position")
    @APIResponse(responseCode = "200", description = "A page of messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessagePage.class)))
    public Page<MessageView> list(
            @PathParam("threadId") UUID threadId,
            @QueryParam("direction") @Pattern(regexp = "older|newer")
            @Parameter(description = "`older` (default): newest first, going back; `newer`: oldest first, going forward",
                    schema = @Schema(enumeration = {"older", "newer"})) String direction,
            @QueryParam("from") @Min(0) @Parameter(description = "Start just past this seq (exclusive)") Long from,
            @Valid @BeanParam PageRequest page) {
        return reading.list(threadId, direction, from, page);
    }

    @GET
    @Path("/{messageId}")
    @Operation(operationId = "getMessage", summary = "One message")
    @APIResponse(responseCode = "200", description = "The message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    public MessageView get(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId) {
        return reading.one(threadId, messageId);
    }

    @PATCH
    @Path("/{messageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.EDIT_WINDOW_CLOSED, org.tandem.platform.problem.ProblemCode.MESSAGE_DELETED, org.tandem.platform.problem.ProblemCode.THREAD_LOCKED})
    @Operation(operationId = "editMessage", summary = "Edit a message (author, within the edit window; history is kept)")
    @APIResponse(responseCode = "200", description = "The edited message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "409", description = "Deleted, or the edit window has closed")
    @APIResponse(responseCode = "412", description = "If-Match does not match the message's ETag")
    public MessageView edit(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId,
                            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MessageRevision.Request input) {
        return messages.edit(threadId, messageId, input.body(), ifMatch);
    }

    @DELETE
    @Path("/{messageId}")
    @Operation(operationId = "deleteMessage", summary = "Delete a message for everyone (author); a tombstone stays")
    @APIResponse(responseCode = "200", description = "The tombstone",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    public MessageView delete(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId) {
        return messages.delete(threadId, messageId);
    }

    @POST
    @Path("/{messageId}/hide")
    @Operation(operationId = "hideMessage", summary = "Hide a message for the caller only")
    @APIResponse(responseCode = "204", description = "Hidden")
    public void hide(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId) {
        messages.hide(threadId, messageId);
    }

    @GET
    @Path("/{messageId}/receipts")
    @Operation(operationId = "getReadReceipts", summary = "Who has read a message (its author and staff)")
    @APIResponse(responseCode = "200", description = "Readers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadReceipts.class)))
    public ReadReceipts receipts(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId) {
        return reading.receipts(threadId, messageId);
    }

    @GET
    @Path("/{messageId}/edits")
    @Operation(operationId = "listMessageEdits", summary = "Earlier texts of an edited message, oldest first")
    @APIResponse(responseCode = "200", description = "The edit history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = MessageRevision.Entry.class)))
    public List<MessageRevision.Entry> edits(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId) {
        return messages.edits(threadId, messageId).stream()
                .map(e -> new MessageRevision.Entry(e.previousBody(), e.editedAt())).toList();
    }
}
