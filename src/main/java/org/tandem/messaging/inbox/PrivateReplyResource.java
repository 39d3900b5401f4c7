package org.tandem.messaging.inbox;

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
import org.tandem.messaging.dto.PrivateReply;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.platform.idempotency.Idempotent;

/** Replying privately to an announcement's author. */
@Path("/api/v1/threads/{threadId}/private-reply")
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PrivateReplyResource {

    private final PrivateReplies replies;
    private final ThreadService threads;

    PrivateReplyResource(PrivateReplies replies, ThreadService threads) {
        this.replies = replies;
        this.threads = threads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.NOT_AN_ANNOUNCEMENT, org.tandem.platform.problem.ProblemCode.THREAD_LOCKED})
    @Operation(operationId = "replyPrivately", summary = "Reply privately to an announcement's author (recipients)",
            description = "The first reply opens a direct thread between the caller and the author, subject "
                    + "\"Re: <subject>\" (201); later replies continue it (200).",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The direct thread this reply opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "200", description = "The direct thread opened earlier, with this reply in it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "409", description = "Not an announcement, or the reply thread is locked")
    public Response reply(@PathParam("threadId") UUID threadId, @NotNull @Valid PrivateReply input) {
        PrivateReplies.Replied replied = replies.reply(threadId, input);
        ThreadView direct = threads.get(replied.threadId());
        return replied.opened()
                ? Response.created(URI.create("/api/v1/threads/" + direct.id())).entity(direct).build()
                : Response.ok(direct).build();
    }
}
