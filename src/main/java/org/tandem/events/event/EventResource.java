package org.tandem.events.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
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
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.events.dto.EventCancellation;
import org.tandem.events.dto.EventChanges;
import org.tandem.events.dto.EventDraft;
import org.tandem.events.dto.EventFields;
import org.tandem.events.dto.EventList;
import org.tandem.events.dto.EventView;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ProblemCode;

/** Events for a school, a class's families or chosen families. */
@Path("/api/v1/events")
@Tag(name = "Events")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventService events;

    EventResource(EventService events) {
        this.events = events;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "createEvent", summary = "Create an event (staff and administrators)",
            description = "Times are local date-times in an IANA `timeZone`. The audience is a school's families, a class's"
                    + " families or chosen families (by student); guardians under a no-contact order or without the RSVP"
                    + " permission never see it.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response create(@NotNull @Valid EventDraft draft) {
        EventView view = events.create(draft);
        return Response.status(201).entity(view).header("Location", "/api/v1/events/" + view.id()).build();
    }

    @GET
    @Operation(operationId = "listEvents", summary = "Events the caller may see that overlap a window of time",
            description = "By start time (then id), a page at a time (keyset: a deep page costs what the first does);"
                    + " `from` defaults to the start of today (UTC) and `to` to a year after `from`.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventList.class)))
    public Page<EventView> list(@QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                @Valid @BeanParam PageRequest page) {
        return events.list(from, to, page);
    }

    @GET
    @Path("/{eventId}")
    @Operation(operationId = "getEvent", summary = "One event")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public EventView get(@PathParam("eventId") UUID eventId) {
        return events.get(eventId);
    }

    @PUT
    @Path("/{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateEvent", summary = "Change an event (its organizers; `If-Match` required)",
            description = "A larger capacity promotes waiting households at once; a capacity below the heads already"
                    + " confirmed is a 409.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "The event is cancelled, or the capacity is below the heads confirmed")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.EVENT_CANCELLED, ProblemCode.CAPACITY_BELOW_CONFIRMED})
    public EventView update(@PathParam("eventId") UUID eventId, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid EventFields fields) {
        return events.update(eventId, fields, ifMatch);
    }

    @PATCH
    @Path("/{eventId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "changeEvent", summary = "Change some of an event's fields (JSON Merge Patch; its organizers;"
            + " `If-Match` required)",
            description = "The patched event is validated exactly as a full write (`PUT`). A larger capacity promotes"
                    + " waiting households at once; a capacity below the heads already confirmed is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = EventChanges.class)))
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "The event is cancelled, or the capacity is below the heads confirmed")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.EVENT_CANCELLED, ProblemCode.CAPACITY_BELOW_CONFIRMED})
    public EventView change(@PathParam("eventId") UUID eventId, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return events.change(eventId, patch, ifMatch);
    }

    @POST
    @Path("/{eventId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelEvent", summary = "Cancel an event with a reason (its organizers)",
            description = "RSVPs are kept; no new RSVP is accepted, and calendars show the event as cancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "The event is already cancelled")
    @ProblemCodes({ProblemCode.EVENT_CANCELLED})
    public EventView cancel(@PathParam("eventId") UUID eventId, @NotNull @Valid EventCancellation cancellation) {
        return events.cancel(eventId, cancellation.reason());
    }
}
