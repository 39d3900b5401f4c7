package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.directory.dto.NewGuardianship;
import org.tandem.directory.dto.GuardianshipChanges;
import org.tandem.directory.dto.GuardianshipView;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Links between students and guardians: relationship, educational rights, permissions and no-contact. */
@Path("/api/v1/guardianships")
@Tag(name = "Directory")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class GuardianshipResource {

    private final GuardianshipService guardianships;

    GuardianshipResource(GuardianshipService guardianships) {
        this.guardianships = guardianships;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "createGuardianship", summary = "Link a guardian to a student",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The new guardianship", headers = {
            @Header(name = "Location", description = "The URL of the new guardianship", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The version of the new guardianship", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = GuardianshipView.class)))
    @APIResponse(responseCode = "409", description = "This guardian is already linked to this student (`already_exists`) or another guardianship has this sourcedId (`sourced_id_taken`), "
            + "or a request with this Idempotency-Key is still being processed")
    @APIResponse(responseCode = "404", description = "The student or guardian does not exist or is not one the caller administers")
    public Response create(@NotNull @Valid NewGuardianship input) {
        GuardianshipView created = guardianships.create(input);
        return Response.created(URI.create("/api/v1/guardianships/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "listGuardianships", summary = "List guardianships")
    @APIResponse(responseCode = "200", description = "One page of guardianships")
    public Page<GuardianshipView> list(@Valid @BeanParam PageRequest page,
                             @QueryParam("studentId") @Parameter(description = "Only links of this student") UUID studentId,
                             @QueryParam("guardianId") @Parameter(description = "Only links of this guardian") UUID guardianId,
                             @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) guardianships") Boolean active,
                             @QueryParam("sourcedId") @Size(max = 255) @Parameter(description = "The guardianship with this external id") String sourcedId) {
        return guardianships.list(page, studentId, guardianId, active, sourcedId);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Path("/{id}")
    @Operation(operationId = "getGuardianship", summary = "Get a guardianship")
    @APIResponse(responseCode = "200", description = "The guardianship",
            headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GuardianshipView.class)))
    public GuardianshipView get(@PathParam("id") UUID id) {
        return guardianships.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "updateGuardianship", summary = "Change permissions, no-contact or deactivate a guardianship (JSON Merge Patch; If-Match required)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = GuardianshipChanges.class)))
    @APIResponse(responseCode = "200", description = "The updated guardianship",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GuardianshipView.class)))
    @APIResponse(responseCode = "409", description = "This guardian is already linked to this student (`already_exists`) or another guardianship has this sourcedId (`sourced_id_taken`), "
            + "or another request changed it at the same time")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing: it is required to change a guardianship")
    public GuardianshipView update(@PathParam("id") UUID id,
                         @HeaderParam("If-Match") @Parameter(description = "Required: the ETag last read, so a concurrent change (such as a no-contact order) is never overwritten") String ifMatch,
                         JsonNode patch) {
        return guardianships.update(id, ifMatch, patch);
    }
}
