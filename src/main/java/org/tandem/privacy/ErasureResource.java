package org.tandem.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** The record of deletions, for district administrators. */
@Path("/api/v1/erasures")
@Tag(name = "Privacy", description = "Exports, deletions, the disclosure log and retention (docs/privacy.md)")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    private final ErasureReads reads;

    ErasureResource(ErasureReads reads) {
        this.reads = reads;
    }

    @Schema(name = "ErasurePage")
    public record ErasurePage(@Schema(required = true) java.util.List<ErasureView> items,
                              @Schema(required = true, nullable = true) String nextCursor) {
    }




    @GET
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "listErasures", summary = "List the district's deletions, oldest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasurePage.class)))
    public Page<ErasureView> list(@Valid @BeanParam PageRequest page) {
        return reads.page(page);
    }

    @GET
    @Path("/{erasureId}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "getErasure", summary = "Get one deletion's record")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureView.class)))
    public ErasureView get(@PathParam("erasureId") UUID erasureId) {
        return reads.one(erasureId);
    }
}
