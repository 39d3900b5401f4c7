package org.tandem.celebrations.badges;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** The district's badge catalog. */
@Path("/api/v1/badges")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class BadgeResource {

    private final BadgeService badges;

    BadgeResource(BadgeService badges) {
        this.badges = badges;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "listBadges", summary = "The district's badge catalog, by name",
            description = "Active badges; `all=true` adds retired ones. A short catalog, not paginated.")
    @APIResponse(responseCode = "200", description = "The catalog",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BadgeViews.Catalog.class)))
    public BadgeViews.Catalog list(@QueryParam("all") @DefaultValue("false")
                                   @Parameter(description = "Include retired badges") boolean all) {
        return badges.catalog(all);
    }

    @GET
    @Path("/{badgeId}")
    @RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "getBadge", summary = "A badge of the catalog")
    @APIResponse(responseCode = "200", description = "The badge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BadgeViews.View.class)))
    public BadgeViews.View get(@PathParam("badgeId") UUID badgeId) {
        return badges.get(badgeId);
    }

    @POST
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBadge", summary = "Add a badge to the catalog (district administrators)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BadgeViews.View.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    @ProblemCodes({ProblemCode.BADGE_NAME_TAKEN})
    public Response create(@NotNull @Valid BadgeViews.NewBadge input) {
        BadgeViews.View view = badges.create(input);
        return Response.created(URI.create("/api/v1/badges/" + view.id())).entity(view).build();
    }

    @PATCH
    @Path("/{badgeId}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateBadge", summary = "Change or retire a badge (JSON Merge Patch; If-Match required)")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = BadgeViews.Changes.class)))
    @APIResponse(responseCode = "200", description = "The badge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BadgeViews.View.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    @APIResponse(responseCode = "412", description = "If-Match does not match the badge's ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.BADGE_NAME_TAKEN})
    public BadgeViews.View change(@PathParam("badgeId") UUID badgeId, @HeaderParam("If-Match") String ifMatch,
                                  JsonNode patch) {
        return badges.change(badgeId, patch, ifMatch);
    }
}
