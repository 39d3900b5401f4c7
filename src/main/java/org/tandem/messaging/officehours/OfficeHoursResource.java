package org.tandem.messaging.officehours;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.messaging.dto.OfficeHoursUpdate;
import org.tandem.messaging.dto.OfficeHoursView;

/** The caller's own office hours (staff): families writing outside them are told when to expect a reply. */
@Path("/api/v1/me/office-hours")
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class OfficeHoursResource {

    private final OfficeHoursService officeHours;

    OfficeHoursResource(OfficeHoursService officeHours) {
        this.officeHours = officeHours;
    }

    @GET
    @Operation(operationId = "getMyOfficeHours", summary = "The caller's office hours (staff)",
            description = "With whether it is within them now and, if not, when they next open.")
    @APIResponse(responseCode = "200", description = "The office hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeHoursView.class)))
    @APIResponse(responseCode = "404", description = "No office hours are set")
    public OfficeHoursView get() {
        return officeHours.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMyOfficeHours", summary = "Set the caller's weekly office hours and time zone (staff)",
            description = "Replaces earlier hours. Send `If-Match` with the ETag you read to avoid overwriting a change.")
    @APIResponse(responseCode = "200", description = "The office hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeHoursView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public OfficeHoursView put(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid OfficeHoursUpdate update) {
        return officeHours.replaceMine(update, ifMatch);
    }

    @DELETE
    @Operation(operationId = "clearMyOfficeHours", summary = "Remove the caller's office hours (staff)",
            description = "Families are then no longer told when to expect a reply in threads with the caller.")
    @APIResponse(responseCode = "204", description = "Removed (or there were none)")
    public void delete() {
        officeHours.clearMine();
    }
}
