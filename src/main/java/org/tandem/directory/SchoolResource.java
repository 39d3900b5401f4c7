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
import org.tandem.directory.dto.NewSchool;
import org.tandem.directory.dto.SchoolChanges;
import org.tandem.directory.dto.SchoolView;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The district's schools. */
@Path("/api/v1/schools")
@Tag(name = "Directory", description = "Schools, terms, classes, staff, students, families and how they are linked")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    private final SchoolService schools;

    SchoolResource(SchoolService schools) {
        this.schools = schools;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "createSchool", summary = "Add a school to the district (district admins)",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The new school", headers = {
            @Header(name = "Location", description = "The URL of the new school", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The version of the new school", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "409", description = "Another school has this sourcedId (`sourced_id_taken`), "
            + "or a request with this Idempotency-Key is still being processed")
    public Response create(@NotNull @Valid NewSchool school) {
        SchoolView created = schools.create(school);
        return Response.created(URI.create("/api/v1/schools/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "listSchools", summary = "List the schools the caller administers, by name")
    @APIResponse(responseCode = "200", description = "One page of schools")
    public Page<SchoolView> list(@Valid @BeanParam PageRequest page,
                                 @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) schools") Boolean active,
                                 @QueryParam("sourcedId") @Size(max = 255) @Parameter(description = "The school with this external id") String sourcedId) {
        return schools.list(page, active, sourcedId);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Path("/{id}")
    @Operation(operationId = "getSchool", summary = "Get a school")
    @APIResponse(responseCode = "200", description = "The school",
            headers = @Header(name = "ETag", description = "The school's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SchoolView.class)))
    public SchoolView get(@PathParam("id") UUID id) {
        return schools.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "updateSchool", summary = "Change or deactivate a school (JSON Merge Patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SchoolChanges.class)))
    @APIResponse(responseCode = "200", description = "The updated school",
            headers = @Header(name = "ETag", description = "The school's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "409", description = "Another school has this sourcedId (`sourced_id_taken`), "
            + "or another request changed the school at the same time")
    @APIResponse(responseCode = "412", description = "If-Match does not name the school's current version")
    public SchoolView update(@PathParam("id") UUID id,
                             @HeaderParam("If-Match") @Parameter(description = "The ETag last read; a stale one is a 412") String ifMatch,
                             JsonNode patch) {
        return schools.update(id, ifMatch, patch);
    }
}
