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
import org.tandem.directory.dto.NewGuardian;
import org.tandem.directory.dto.GuardianChanges;
import org.tandem.directory.dto.GuardianView;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Family members. School admins see those with a child at their school and those not yet linked to a student. */
@Path("/api/v1/guardians")
@Tag(name = "Directory")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class GuardianResource {

    private final GuardianService guardians;

    GuardianResource(GuardianService guardians) {
        this.guardians = guardians;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "createGuardian", summary = "Add a family member (link them to a student with a guardianship)",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The new guardian", headers = {
            @Header(name = "Location", description = "The URL of the new guardian", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The version of the new guardian", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = GuardianView.class)))
    @APIResponse(responseCode = "409", description = "Another guardian has this sourcedId (`sourced_id_taken`), "
            + "or a request with this Idempotency-Key is still being processed")
    public Response create(@NotNull @Valid NewGuardian input) {
        GuardianView created = guardians.create(input);
        return Response.created(URI.create("/api/v1/guardians/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "listGuardians", summary = "List guardians by family name")
    @APIResponse(responseCode = "200", description = "One page of guardians")
    public Page<GuardianView> list(@Valid @BeanParam PageRequest page,
                             @QueryParam("studentId") @Parameter(description = "Only guardians linked to this student") UUID studentId,
                             @QueryParam("email") @Size(max = 254) @Parameter(description = "Only guardians with this email address (any case)") String email,
                             @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) guardians") Boolean active,
                             @QueryParam("sourcedId") @Size(max = 255) @Parameter(description = "The guardian with this external id") String sourcedId) {
        return guardians.list(page, studentId, email, active, sourcedId);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Path("/{id}")
    @Operation(operationId = "getGuardian", summary = "Get a guardian")
    @APIResponse(responseCode = "200", description = "The guardian",
            headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GuardianView.class)))
    public GuardianView get(@PathParam("id") UUID id) {
        return guardians.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "updateGuardian", summary = "Change or deactivate a guardian (JSON Merge Patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = GuardianChanges.class)))
    @APIResponse(responseCode = "200", description = "The updated guardian",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GuardianView.class)))
    @APIResponse(responseCode = "409", description = "Another guardian has this sourcedId (`sourced_id_taken`), "
            + "or another request changed it at the same time")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public GuardianView update(@PathParam("id") UUID id,
                         @HeaderParam("If-Match") @Parameter(description = "The ETag last read; a stale one is a 412") String ifMatch,
                         JsonNode patch) {
        return guardians.update(id, ifMatch, patch);
    }
}
