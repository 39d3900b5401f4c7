package org.tandem.messaging.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.http.BodyFirst;
import org.tandem.messaging.dto.NewThread;
import org.tandem.messaging.dto.ReadUpTo;
import org.tandem.messaging.dto.ThreadFlags;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.messaging.dto.UnreadCount;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Threads and the inbox. */
@Path("/api/v1/threads")
@Tag(name = "Messaging", description = "Threads between staff and families, the inbox and read state")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@BodyFirst
public class ThreadResource {

    /** A page of threads (named for the document). */
    @Schema(name = "ThreadPage")
    public record ThreadPage(@Schema(required = true) java.util.List<ThreadView> items,
                             @Schema(required = true, nullable = true) String nextCursor) {
    }

    private final ThreadStarter starter;
    private final ThreadService threads;
    private final MergePatch mergePatch;

    ThreadResource(ThreadStarter starter, ThreadService threads, MergePatch mergePatch) {
        this.starter = starter;
        this.threads = threads;
        this.mergePatch = mergePatch;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.GUARDIAN_WITHOUT_ACCOUNT, org.tandem.platform.problem.ProblemCode.THREAD_LOCKED})
    @Operation(operationId = "startThread", summary = "Start a thread, usually with its first message",
            description = "A student has one `student` thread: starting it again answers 200 with the existing "
                    + "thread (its subject unchanged), makes the caller a member if they were not, and posts "
                    + "`message` to it.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The new thread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "200", description = "The student's existing `student` thread (with `message` posted to it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    public Response start(@NotNull @Valid NewThread input) {
        ThreadStarter.Started started = starter.start(input);
        UUID id = started.threadId();
        if (!started.created()) {
            return Response.ok(threads.get(id)).build();
        }
        return Response.created(URI.create("/api/v1/threads/" + id)).entity(threads.get(id)).build();
    }

    @GET
    @Operation(operationId = "listInbox", summary = "The inbox: the caller's threads, latest activity first")
    @APIResponse(responseCode = "200", description = "A page of threads",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadPage.class)))
    public Page<ThreadView> inbox(@BeanParam InboxQuery query, @Valid @BeanParam PageRequest page) {
        return threads.inbox(query, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "getUnreadCount", summary = "Total unread messages in the caller's inbox")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unreadCount() {
        return new UnreadCount(threads.unreadTotal());
    }

    @GET
    @Path("/{threadId}")
    @Operation(operationId = "getThread", summary = "A thread, with the caller's read state")
    @APIResponse(responseCode = "200", description = "The thread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    public ThreadView get(@PathParam("threadId") UUID threadId) {
        return threads.get(threadId);
    }

    @PATCH
    @Path("/{threadId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateThreadFlags", summary = "Archive, mute or star a thread for the caller")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ThreadFlags.class)))
    @APIResponse(responseCode = "200", description = "The thread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    public ThreadView updateFlags(@PathParam("threadId") UUID threadId, com.fasterxml.jackson.databind.JsonNode patch) {
        ThreadFlags flags = mergePatch.apply(new ThreadFlags(null, null, null), patch, ThreadFlags.class);
        return threads.setFlags(threadId, flags.archived(), flags.muted(), flags.starred());
    }

    @POST
    @Path("/{threadId}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.NO_SUCH_MESSAGE})
    @Operation(operationId = "markThreadRead", summary = "Mark the thread read up to a message")
    @APIResponse(responseCode = "200", description = "The thread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    public ThreadView markRead(@PathParam("threadId") UUID threadId, @NotNull @Valid ReadUpTo input) {
        return threads.markRead(threadId, input.seq());
    }

    @POST
    @Path("/{threadId}/lock")
    @Operation(operationId = "lockThread", summary = "Lock a thread: nobody can post (staff and administrators)")
    @APIResponse(responseCode = "200", description = "The thread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    public ThreadView lock(@PathParam("threadId") UUID threadId) {
        return threads.lock(threadId, true);
    }

    @POST
    @Path("/{threadId}/unlock")
    @Operation(operationId = "unlockThread", summary = "Unlock a thread (staff and administrators)")
    @APIResponse(responseCode = "200", description = "The thread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    public ThreadView unlock(@PathParam("threadId") UUID threadId) {
        return threads.lock(threadId, false);
    }
}
