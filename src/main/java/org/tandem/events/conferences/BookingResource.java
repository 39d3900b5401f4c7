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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
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

/** A household's conference bookings: rescheduling and cancelling. */
@Path("/api/v1/conference-bookings")
@Tag(name = "Conferences")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingService bookings;

    BookingResource(BookingService bookings) {
        this.bookings = bookings;
    }

    @POST
    @Path("/{bookingId}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleConferenceBooking", summary = "Move the household's booking to another slot",
            description = "Atomic: the old slot is released only if the new one is taken.")
    @APIResponse(responseCode = "200", description = "The new booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Taken, blocked or past slot, or an overlapping booking")
    @ProblemCodes({ProblemCode.SLOT_TAKEN, ProblemCode.SLOT_BLOCKED, ProblemCode.SLOT_PAST, ProblemCode.ALREADY_BOOKED, ProblemCode.OVERLAPPING_BOOKING})
    public BookingView reschedule(@PathParam("bookingId") UUID bookingId, @NotNull @Valid RescheduleRequest request) {
        return bookings.reschedule(bookingId, request.slotId());
    }

    @DELETE
    @Path("/{bookingId}")
    @Operation(operationId = "cancelConferenceBooking", summary = "Cancel a booking (its household, or the teacher)")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public void cancel(@PathParam("bookingId") UUID bookingId) {
        bookings.cancel(bookingId);
    }
}
