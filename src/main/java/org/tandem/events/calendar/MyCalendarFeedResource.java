package org.tandem.events.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.events.dto.CalendarFeedView;

/** The caller's private calendar feed URL: make (or rotate) it, see whether one is active, revoke it. */
@Path("/api/v1/me/calendar-feed")
@Tag(name = "Calendars")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MyCalendarFeedResource {

    private final CalendarService calendars;

    MyCalendarFeedResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Operation(operationId = "getMyCalendarFeed", summary = "Whether the caller has an active feed URL (never the URL itself)")
    @APIResponse(responseCode = "200", description = "The feed's state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarFeedView.class)))
    public CalendarFeedView get() {
        return calendars.mine();
    }

    @POST
    @Operation(operationId = "rotateMyCalendarFeed", summary = "Make a new private feed URL (any earlier one stops working)",
            description = "The URL holds a long random secret and needs no bearer token: subscribe to it from a calendar"
                    + " app. It is shown only in this answer; only its hash is stored.")
    @APIResponse(responseCode = "201", description = "The new URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarFeedView.class)))
    public Response rotate(@Context UriInfo uri) {
        return Response.status(201).entity(calendars.rotate(uri.getBaseUri().toString())).build();
    }

    @DELETE
    @Operation(operationId = "revokeMyCalendarFeed", summary = "Revoke the caller's feed URL")
    @APIResponse(responseCode = "204", description = "Revoked (or there was none)")
    public void revoke() {
        calendars.revoke();
    }
}
