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
import org.tandem.directory.dto.NewTeachingAssignment;
import org.tandem.directory.dto.TeachingAssignmentChanges;
import org.tandem.directory.dto.TeachingAssignmentView;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Staff members' assignments to classes. */
@Path("/api/v1/teaching-assignments")
@Tag(name = "Directory")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class TeachingAssignmentResource {

    private final TeachingAssignmentService teachingAssignments;

    TeachingAssignmentResource(TeachingAssignmentService teachingAssignments) {
        this.teachingAssignments = teachingAssignments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "createTeachingAssignment", summary = "Assign a staff member to a class of their school",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The new teaching assignment", headers = {
            @Header(name = "Location", description = "The URL of the new teaching assignment", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The version of the new teaching assignment", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = TeachingAssignmentView.class)))
    @APIResponse(responseCode = "409", description = "The staff member is already assigned to this class (`already_exists`) or another assignment has this sourcedId (`sourced_id_taken`), "
            + "or a request with this Idempotency-Key is still being processed")
    @APIResponse(responseCode = "404", description = "The staff member or class does not exist or is not one the caller administers")
    public Response create(@NotNull @Valid NewTeachingAssignment input) {
        TeachingAssignmentView created = teachingAssignments.create(input);
        return Response.created(URI.create("/api/v1/teaching-assignments/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "listTeachingAssignments", summary = "List teaching assignments")
    @APIResponse(responseCode = "200", description = "One page of teaching assignments")
    public Page<TeachingAssignmentView> list(@Valid @BeanParam PageRequest page,
                             @QueryParam("staffId") @Parameter(description = "Only assignments of this staff member") UUID staffId,
                             @QueryParam("classId") @Parameter(description = "Only assignments to this class") UUID classId,
                             @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) teaching assignments") Boolean active,
                             @QueryParam("sourcedId") @Size(max = 255) @Parameter(description = "The teaching assignment with this external id") String sourcedId) {
        return teachingAssignments.list(page, staffId, classId, active, sourcedId);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Path("/{id}")
    @Operation(operationId = "getTeachingAssignment", summary = "Get a teaching assignment")
    @APIResponse(responseCode = "200", description = "The teaching assignment",
            headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeachingAssignmentView.class)))
    public TeachingAssignmentView get(@PathParam("id") UUID id) {
        return teachingAssignments.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "updateTeachingAssignment", summary = "Change or deactivate a teaching assignment (JSON Merge Patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TeachingAssignmentChanges.class)))
    @APIResponse(responseCode = "200", description = "The updated teaching assignment",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeachingAssignmentView.class)))
    @APIResponse(responseCode = "409", description = "The staff member is already assigned to this class (`already_exists`) or another assignment has this sourcedId (`sourced_id_taken`), "
            + "or another request changed it at the same time")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public TeachingAssignmentView update(@PathParam("id") UUID id,
                         @HeaderParam("If-Match") @Parameter(description = "The ETag last read; a stale one is a 412") String ifMatch,
                         JsonNode patch) {
        return teachingAssignments.update(id, ifMatch, patch);
    }
}
