package org.tandem.events.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;

/** One event as an iCalendar file ("add to calendar"). */
@Path("/api/v1/events/{eventId}/calendar.ics")
@Tag(name = "Calendars")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
public class EventCalendarResource {

    private final CalendarService calendars;

    EventCalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Produces(CalendarFeedResource.CALENDAR)
    @Operation(operationId = "getEventCalendar", summary = "One event as iCalendar (RFC 5545)",
            description = "Local times with TZID and a matching VTIMEZONE; a stable UID and a SEQUENCE that grows with"
                    + " each change; STATUS:CANCELLED once cancelled.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = CalendarFeedResource.CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public Response event(@PathParam("eventId") UUID eventId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return respond(calendars.event(eventId), ifNoneMatch, "event-" + eventId + ".ics");
    }

    /** Whether If-None-Match names this entity tag (weak comparison, RFC 9110 §13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"));
    }

    static Response respond(CalendarService.Document document, String ifNoneMatch, String filename) {
        if (document.body() == null || matches(ifNoneMatch, document.etag())) {
            return Response.notModified(document.etag()).build();
        }
        return Response.ok(document.body(), CalendarFeedResource.CALENDAR + "; charset=utf-8")
                .header("ETag", document.etag()).header("Cache-Control", "private, no-cache")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }
}
