package org.tandem.messaging.officehours;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.messaging.dto.OfficeHoursView;

/** A staff member's office hours, for the families of their students and colleagues at their school. */
@Path("/api/v1/staff/{staffId}/office-hours")
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StaffOfficeHoursResource {

    private final OfficeHoursService officeHours;

    StaffOfficeHoursResource(OfficeHoursService officeHours) {
        this.officeHours = officeHours;
    }

    @GET
    @Operation(operationId = "getStaffOfficeHours", summary = "A staff member's office hours",
            description = "Readable by guardians of students the staff member teaches and by colleagues at their school; "
                    + "404 for anyone else, and when no hours are set.")
    @APIResponse(responseCode = "200", description = "The office hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeHoursView.class)))
    public OfficeHoursView get(@PathParam("staffId") UUID staffId) {
        return officeHours.ofStaff(staffId);
    }
}
