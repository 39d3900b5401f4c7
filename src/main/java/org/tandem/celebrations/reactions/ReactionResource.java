package org.tandem.celebrations.reactions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.celebrations.dto.CelebrationView;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.ProblemCode;

/** Reacting to a celebration with one of a small fixed set, like a code review's reactions. */
@Path("/api/v1/celebrations/{celebrationId}/reactions")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ReactionResource {

    @Schema(name = "NewReaction")
    public record NewReaction(@NotNull @Schema(required = true) Reaction reaction) {
    }

    private final ReactionService reactions;

    ReactionResource(ReactionService reactions) {
        this.reactions = reactions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reactToCelebration", summary = "React to a celebration (anyone who sees it)",
            description = "Idempotent: 201 when the reaction is new, 200 when the caller had already reacted so; "
                    + "either way the celebration with its counts.")
    @APIResponse(responseCode = "201", description = "Reacted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CelebrationView.class)))
    @APIResponse(responseCode = "200", description = "Already reacted so; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CelebrationView.class)))
    @APIResponse(responseCode = "409", description = "The celebration was withdrawn")
    @ProblemCodes({ProblemCode.CELEBRATION_WITHDRAWN})
    public Response react(@PathParam("celebrationId") UUID celebrationId, @NotNull @Valid NewReaction input) {
        ReactionService.Outcome outcome = reactions.add(celebrationId, input.reaction());
        return Response.status(outcome.added() ? 201 : 200).entity(outcome.celebration()).build();
    }

    @DELETE
    @Path("/{reaction}")
    @Operation(operationId = "removeCelebrationReaction", summary = "Take back one's reaction",
            description = "204 whether or not the caller had reacted so.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("celebrationId") UUID celebrationId,
                           @PathParam("reaction") @Parameter(schema = @Schema(enumeration = {"heart", "clap", "star",
                                   "smile", "party", "thumbs_up"})) String reaction) {
        Reaction known = Reaction.of(reaction);
        if (known == null) {
            throw ApiException.invalidParameter("reaction", "must be one of heart, clap, star, smile, party, thumbs_up");
        }
        reactions.remove(celebrationId, known);
        return Response.noContent().build();
    }
}
