package org.tandem.events.rsvp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.tandem.events.dto.RsvpAnswer;
import org.tandem.events.dto.RsvpSummary;
import org.tandem.events.dto.RsvpView;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** A household's RSVP to an event, and the organizers' view of all of them. */
@Path("/api/v1/events/{eventId}")
@Tag(name = "Events")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
public class RsvpResource {

    private final RsvpService rsvps;
    private final RsvpExport export;

    RsvpResource(RsvpService rsvps, RsvpExport export) {
        this.rsvps = rsvps;
        this.export = export;
    }

    @PUT
    @Path("/rsvp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerEvent", summary = "Answer for the caller's household (families in the audience)",
            description = "One RSVP per household: the guardians of one home see and change the same answer. Past"
                    + " capacity a yes joins the waitlist in order of arrival; freed places promote waiting parties"
                    + " automatically (the first that fits). 409 after the deadline or for a cancelled event.")
    @APIResponse(responseCode = "200", description = "The household's RSVP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RsvpView.class)))
    @APIResponse(responseCode = "409", description = "RSVPs are closed (deadline) or the event is cancelled")
    @APIResponse(responseCode = "412", description = "If-Match does not match the RSVP's current ETag")
    @ProblemCodes({ProblemCode.EVENT_CANCELLED, ProblemCode.RSVP_CLOSED})
    public RsvpView answer(@PathParam("eventId") UUID eventId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid RsvpAnswer answer) {
        return rsvps.answer(eventId, answer, ifMatch);
    }

    @GET
    @Path("/rsvp")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMyRsvp", summary = "The caller's household's RSVP, with its place on the waitlist")
    @APIResponse(responseCode = "200", description = "The household's RSVP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RsvpView.class)))
    @APIResponse(responseCode = "404", description = "The household has not answered")
    public RsvpView mine(@PathParam("eventId") UUID eventId) {
        return rsvps.mine(eventId);
    }

    @GET
    @Path("/rsvps")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRsvps", summary = "Head counts and every household's answer (the event's organizers)")
    @APIResponse(responseCode = "200", description = "The answers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RsvpSummary.class)))
    public RsvpSummary summary(@PathParam("eventId") UUID eventId) {
        return rsvps.summary(eventId);
    }

    @GET
    @Path("/rsvps.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportRsvps", summary = "Every household's answer as CSV (the event's organizers)")
    @APIResponse(responseCode = "200", description = "The answers",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response csv(@PathParam("eventId") UUID eventId) {
        return Response.ok(export.csv(rsvps.summary(eventId)))
                .header("Content-Disposition", "attachment; filename=\"rsvps-" + eventId + ".csv\"").build();
    }
}
