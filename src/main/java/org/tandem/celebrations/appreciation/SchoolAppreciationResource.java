package org.tandem.celebrations.appreciation;

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

/** How many appreciations each member of a school's staff received: counts only, for administrators. */
@Path("/api/v1/schools/{schoolId}/appreciation-counts")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SchoolAppreciationResource {

    private final AppreciationService appreciations;

    SchoolAppreciationResource(AppreciationService appreciations) {
        this.appreciations = appreciations;
    }

    @GET
    @Operation(operationId = "countSchoolAppreciations", summary = "Appreciations received per member of staff (counts only)",
            description = "For recognising staff: the notes stay with the people thanked. Listed by name, not by count.")
    @APIResponse(responseCode = "200", description = "The school's active staff with their counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appreciations.Counts.class)))
    public Appreciations.Counts counts(@PathParam("schoolId") UUID schoolId) {
        return appreciations.counts(schoolId);
    }
}
