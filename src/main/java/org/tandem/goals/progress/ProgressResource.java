package org.tandem.goals.progress;

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

/** A goal's progress view. */
@Path("/api/v1/goals/{goalId}/progress")
@Tag(name = "Goals")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final GoalProgress progress;

    ProgressResource(GoalProgress progress) {
        this.progress = progress;
    }

    @GET
    @Operation(operationId = "getGoalProgress", summary = "A goal's progress, ready to chart",
            description = "The values, the baseline and target lines, the percent of the way, the least-squares trend "
                    + "and its projection to the target date: on track, behind or not enough data (docs/goals.md).")
    @APIResponse(responseCode = "200", description = "The progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class)))
    public ProgressView get(@PathParam("goalId") UUID goalId) {
        return progress.of(goalId);
    }
}
