package org.tandem.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.tandem.directory.dto.HouseholdPlacement;
import org.tandem.directory.dto.HouseholdView;

/** Which household a guardian belongs to (RSVPs and conference bookings are per household). */
@Path("/api/v1/guardians/{guardianId}/household")
@Tag(name = "Directory")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    private final HouseholdService households;

    HouseholdResource(HouseholdService households) {
        this.households = households;
    }

    @GET
    @Operation(operationId = "getGuardianHousehold", summary = "A guardian's household (administrators)")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public HouseholdView get(@PathParam("guardianId") UUID guardianId) {
        return households.get(guardianId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placeGuardianHousehold", summary = "Say where a guardian lives (administrators)",
            description = "Guardians of a student share one household unless marked otherwise: mark a separated parent"
                    + " `own` so they answer RSVPs and book conferences on their own; `shared` undoes it.")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public HouseholdView place(@PathParam("guardianId") UUID guardianId, @NotNull @Valid HouseholdPlacement placement) {
        return households.place(guardianId, placement);
    }
}
