package org.tandem.celebrations;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.celebrations.dto.CelebrationChanges;
import org.tandem.celebrations.dto.CelebrationView;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** One celebration: reading it, changing its words or badge, withdrawing it. */
@Path("/api/v1/celebrations")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CelebrationResource {

    @Schema(name = "CelebrationPage")
    public record CelebrationPage(@Schema(required = true) List<CelebrationView> items,
                                  @Schema(required = true, nullable = true) String nextCursor) {
    }

    private final CelebrationService celebrations;

    CelebrationResource(CelebrationService celebrations) {
        this.celebrations = celebrations;
    }

    @GET
    @Path("/{celebrationId}")
    @Operation(operationId = "getCelebration", summary = "A celebration, with its reaction counts",
            description = "A student's celebration is read by the student's guardians whose link allows goals and "
                    + "celebrations, the student's teachers this term and administrators (written to the student's "
                    + "audit log); a class's by its families and staff. A withdrawn celebration is a 404 for families.")
    @APIResponse(responseCode = "200", description = "The celebration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CelebrationView.class)))
    public CelebrationView get(@PathParam("celebrationId") UUID celebrationId) {
        return celebrations.get(celebrationId);
    }

    @PATCH
    @Path("/{celebrationId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateCelebration", summary = "Change a celebration (JSON Merge Patch; If-Match required)",
            description = "Its author or an administrator of its school. A new badge must be active (422 `badge_retired`).")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = CelebrationChanges.class)))
    @APIResponse(responseCode = "200", description = "The celebration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CelebrationView.class)))
    @APIResponse(responseCode = "409", description = "The celebration was withdrawn")
    @APIResponse(responseCode = "412", description = "If-Match does not match the celebration's ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.CELEBRATION_WITHDRAWN, ProblemCode.BADGE_RETIRED})
    public CelebrationView change(@PathParam("celebrationId") UUID celebrationId, @HeaderParam("If-Match") String ifMatch,
                                  JsonNode patch) {
        return celebrations.change(celebrationId, patch, ifMatch);
    }

    @DELETE
    @Path("/{celebrationId}")
    @Operation(operationId = "withdrawCelebration", summary = "Withdraw a celebration (its author or an administrator)",
            description = "It disappears for families at once (404) and from timelines; staff who saw it still read "
                    + "it with `withdrawnAt`. Withdrawing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("celebrationId") UUID celebrationId) {
        celebrations.withdraw(celebrationId);
        return Response.noContent().build();
    }
}
