package org.tandem.events.conferences;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.tandem.events.dto.BookingRequest;
import org.tandem.events.dto.BookingView;
import org.tandem.events.dto.ConferenceDraft;
import org.tandem.events.dto.ConferenceList;
import org.tandem.events.dto.ConferenceView;
import org.tandem.events.dto.DayMove;
import org.tandem.events.dto.DayMoveResult;
import org.tandem.events.dto.MyBookings;
import org.tandem.events.dto.RescheduleRequest;
import org.tandem.events.dto.SiblingSlots;
import org.tandem.events.dto.SlotBlock;
import org.tandem.events.dto.SlotView;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** Conference windows, their slots, and booking them. */
@Path("/api/v1/conferences")
@Tag(name = "Conferences")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ConferenceResource {

    private final ConferenceService conferences;
    private final BookingService bookings;

    ConferenceResource(ConferenceService conferences, BookingService bookings) {
        this.conferences = conferences;
        this.bookings = bookings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "publishConference", summary = "Publish a conference window (teachers)",
            description = "Slots of `slotMinutes` with `breakMinutes` between them are generated on each date between"
                    + " `startTime` and `endTime`, local to `timeZone`.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConferenceView.class)))
    public Response publish(@NotNull @Valid ConferenceDraft draft) {
        ConferenceView view = conferences.publish(draft);
        return Response.status(201).entity(view).header("Location", "/api/v1/conferences/" + view.id()).build();
    }

    @GET
    @Operation(operationId = "listConferences",
            summary = "The caller's conferences (teachers) and their children's teachers' conferences (families)")
    @APIResponse(responseCode = "200", description = "The conferences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConferenceList.class)))
    public ConferenceList list() {
        return conferences.list();
    }

    @GET
    @Path("/{conferenceId}")
    @Operation(operationId = "getConference", summary = "A conference with its slots",
            description = "The teacher sees every booking; a family sees which slots are free and its own bookings.")
    @APIResponse(responseCode = "200", description = "The conference",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConferenceView.class)))
    public ConferenceView get(@PathParam("conferenceId") UUID conferenceId) {
        return conferences.get(conferenceId);
    }

    @PUT
    @Path("/{conferenceId}/slots/{slotId}/block")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "blockConferenceSlot", summary = "Block or unblock a slot (the teacher)",
            description = "A booked slot cannot be blocked (409).")
    @APIResponse(responseCode = "200", description = "The slot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SlotView.class)))
    @APIResponse(responseCode = "409", description = "The slot is booked")
    @ProblemCodes({ProblemCode.SLOT_BOOKED})
    public SlotView block(@PathParam("conferenceId") UUID conferenceId, @PathParam("slotId") UUID slotId,
                          @NotNull @Valid SlotBlock block) {
        return conferences.block(conferenceId, slotId, block.blocked());
    }

    @POST
    @Path("/{conferenceId}/day-moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveConferenceDay", summary = "Move a whole day to another date (a snow day; the teacher)",
            description = "Every slot of `from` moves to `to` at the same local times with its booking, in one step;"
                    + " each moved booking gets a change record its household sees. 409 if `to` already has slots or a"
                    + " guardian would then hold two overlapping slots.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DayMoveResult.class)))
    @APIResponse(responseCode = "409", description = "The target date has slots, or a guardian would hold overlapping slots")
    @ProblemCodes({ProblemCode.DAY_NOT_FREE, ProblemCode.OVERLAPPING_BOOKING})
    public DayMoveResult moveDay(@PathParam("conferenceId") UUID conferenceId, @NotNull @Valid DayMove move) {
        return conferences.moveDay(conferenceId, move);
    }

    @POST
    @Path("/{conferenceId}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "bookConferenceSlot", summary = "Book a slot for a student (families with the booking permission)",
            description = "One slot per student per conference per household. 409 when the slot was taken, is blocked or"
                    + " past, the household already booked, or the guardian holds an overlapping slot.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Booked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Taken, blocked or past slot; already booked; or an overlapping booking")
    @ProblemCodes({ProblemCode.SLOT_TAKEN, ProblemCode.SLOT_BLOCKED, ProblemCode.SLOT_PAST, ProblemCode.ALREADY_BOOKED, ProblemCode.OVERLAPPING_BOOKING})
    public Response book(@PathParam("conferenceId") UUID conferenceId, @NotNull @Valid BookingRequest request) {
        return Response.status(201).entity(bookings.book(conferenceId, request)).build();
    }
}
