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

/** Free conference slots of all the caller's children's teachers, side by side. */
@Path("/api/v1/me/conference-slots")
@Tag(name = "Conferences")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SiblingSlotsResource {

    private final ConferenceService conferences;

    SiblingSlotsResource(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @GET
    @Operation(operationId = "getSiblingConferenceSlots",
            summary = "Free slots of all the caller's children's teachers, side by side (families)")
    @APIResponse(responseCode = "200", description = "Per child, their teachers' conferences with free slots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiblingSlots.class)))
    public SiblingSlots siblings() {
        return conferences.siblingSlots();
    }
}
