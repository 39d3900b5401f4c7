package org.tandem.notifications.live;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import io.vertx.core.http.HttpServerResponse;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;

/** Live updates for open apps over Server-Sent Events (docs/live-updates.md). */
@Path("/api/v1/live")
@Tag(name = "Live updates", description = "One Server-Sent Events stream per open app: new messages, read state, notifications")
public class LiveResource {

    /** A stream ticket: put it in the stream's URL as {@code ?ticket=}; it works once, briefly. */
    @Schema(name = "StreamTicket")
    public record StreamTicket(@Schema(required = true, description = "Opaque; opens one stream, once") String ticket,
                               @Schema(required = true) Instant expiresAt,
                               @Schema(required = true, description = "The stream's URL with the ticket, relative to the API's origin")
                               String streamUrl) {
    }

    private final LiveSessions sessions;

    LiveResource(LiveSessions sessions) {
        this.sessions = sessions;
    }

    @POST
    @Path("/tickets")
    @RolesAllowed({Roles.GUARDIAN, Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
    @SecurityRequirement(name = "bearerAuth")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStreamTicket", summary = "A single-use ticket to open the live stream from a browser",
            description = "EventSource cannot send an Authorization header: trade the access token for a ticket and open "
                    + "`GET /api/v1/live/events?ticket=...` within 30 seconds. The ticket works once; the stream it opens "
                    + "ends when this access token expires. Nothing is created that could be fetched again, so no "
                    + "Idempotency-Key: ask for a new ticket for each connection.")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StreamTicket.class)))
    public StreamTicket ticket() {
        LiveTickets.Issued issued = sessions.ticket();
        return new StreamTicket(issued.ticket(), issued.expiresAt(), "/api/v1/live/events?ticket=" + issued.ticket());
    }

    @GET
    @Path("/events")
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @SecurityRequirementsSet(value = {@SecurityRequirement(name = "bearerAuth")})
    @SecurityRequirementsSet(value = {})
    @Operation(operationId = "streamLiveUpdates", summary = "The signed-in person's live updates (Server-Sent Events)",
            description = "Authenticate with a bearer token (mobile apps) or `?ticket=` (browsers). Events: `message.posted`, "
                    + "`thread.read`, `notification.created`, then `ready` after any replay, `resync` when a gap cannot be "
                    + "replayed, `closed` when the server ends the stream. Comment lines every 20 s keep it open. Send "
                    + "`Last-Event-ID` on reconnect to replay what was missed (24 h window). A person has at most 5 open "
                    + "streams; opening a sixth closes the oldest. See docs/live-updates.md.\n\n**Who may call:** `guardian`, `staff`, "
                    + "`school_admin`, `district_admin`, with a bearer token or with a stream ticket (then no token).")
    @APIResponse(responseCode = "200", description = "The stream (text/event-stream), open until the session ends",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    example = "retry: 3000\n\nid: 1042\nevent: message.posted\ndata: {\"threadId\":\"…\",\"messageId\":\"…\",\"seq\":7}\n\n"))
    public void events(@Parameter(description = "A stream ticket, for browsers; not with a bearer token") @QueryParam("ticket") String ticket,
                       @Parameter(in = ParameterIn.HEADER, description = "The id of the last event the app received")
                       @HeaderParam("Last-Event-ID") String lastEventId,
                       @Parameter(description = "Last-Event-ID for a browser's new EventSource, which cannot set the header; "
                               + "the header wins when both are sent") @QueryParam("lastEventId") String lastEventIdParameter,
                       @Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response) {
        LiveTickets.Holder holder = sessions.holder(ticket);
        String resumeFrom = lastEventId != null ? lastEventId : lastEventIdParameter;
        // Proxies must not buffer or cache the stream (X-Accel-Buffering: nginx).
        response.putHeader("Cache-Control", "no-cache, no-store").putHeader("X-Accel-Buffering", "no");
        sessions.open(holder, resumeFrom, sink, sse);
    }
}
