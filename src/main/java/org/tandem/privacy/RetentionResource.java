package org.tandem.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The district's retention policy, its dry run and the record of its daily runs (district administrators). */
@Path("/api/v1/retention")
@Tag(name = "Privacy")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed(Roles.DISTRICT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    private final Retention retention;

    RetentionResource(Retention retention) {
        this.retention = retention;
    }

    @Schema(name = "RetentionRunPage")
    public record RunPage(@Schema(required = true) java.util.List<RetentionPolicyView.Run> items,
                          @Schema(required = true, nullable = true) String nextCursor) {
    }

    @GET
    @Path("/policy")
    @Operation(operationId = "getRetentionPolicy", summary = "Get how long the district keeps each kind of record")
    @APIResponse(responseCode = "200", description = "The policy (the defaults while the district has set none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionPolicyView.Policy.class)))
    public RetentionPolicyView.Policy policy() {
        return retention.policy();
    }

    @PUT
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setRetentionPolicy", summary = "Set how long the district keeps each kind of record",
            description = "Every period is given. Needs If-Match with the policy's ETag (428 without, 412 when stale). The next "
                    + "daily run enforces it; ask for a dry run first to see what it would remove.")
    @APIResponse(responseCode = "200", description = "The policy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionPolicyView.Policy.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the policy's ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RetentionPolicyView.Policy setPolicy(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid RetentionPolicyView.Update update) {
        return retention.update(ifMatch, update);
    }

    @POST
    @Path("/dry-run")
    @Operation(operationId = "dryRunRetention", summary = "See what today's retention run would remove, removing nothing")
    @APIResponse(responseCode = "200", description = "Rows that would go, by category",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionPolicyView.Report.class)))
    public RetentionPolicyView.Report dryRun() {
        return retention.dryRun();
    }

    @GET
    @Path("/runs")
    @Operation(operationId = "listRetentionRuns", summary = "List the district's daily retention runs, newest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunPage.class)))
    public Page<RetentionPolicyView.Run> runs(@Valid @BeanParam PageRequest page) {
        return retention.runs(page);
    }
}
