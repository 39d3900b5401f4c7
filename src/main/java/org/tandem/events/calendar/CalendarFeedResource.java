package org.tandem.events.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's private calendar feed, opened by the secret in its URL: calendar apps send no bearer token. */
@Path("/api/v1/calendar-feeds/{districtId}/{token}.ics")
@Tag(name = "Calendars")
@PermitAll
public class CalendarFeedResource {

    static final String CALENDAR = "text/calendar";

    private final CalendarService calendars;

    CalendarFeedResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Produces(CALENDAR)
    @Operation(operationId = "getCalendarFeed", summary = "A person's calendar feed (iCalendar; no bearer token)",
            description = "Events they may see with their household's RSVP, and booked conferences. Poll with"
                    + " `If-None-Match`: an unchanged feed is a 304. A wrong or revoked token is a 404.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No feed has this token (wrong, rotated or revoked)")
    public Response feed(@PathParam("districtId") UUID districtId, @PathParam("token") String token,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        CalendarService.Document document = calendars.feed(districtId, token, ifNoneMatch);
        return EventCalendarResource.respond(document, ifNoneMatch, "tandem.ics");
    }
}
