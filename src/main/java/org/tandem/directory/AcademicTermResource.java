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
import org.tandem.directory.dto.NewAcademicTerm;
import org.tandem.directory.dto.AcademicTermChanges;
import org.tandem.directory.dto.AcademicTermView;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The terms of each school's year. */
@Path("/api/v1/academic-terms")
@Tag(name = "Directory")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class AcademicTermResource {

    private final AcademicTermService academicTerms;

    AcademicTermResource(AcademicTermService academicTerms) {
        this.academicTerms = academicTerms;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "createAcademicTerm", summary = "Add a term to a school's year",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The new term", headers = {
            @Header(name = "Location", description = "The URL of the new term", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The version of the new term", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = AcademicTermView.class)))
    @APIResponse(responseCode = "409", description = "Another term has this sourcedId (`sourced_id_taken`), "
            + "or a request with this Idempotency-Key is still being processed")
    @APIResponse(responseCode = "404", description = "The school does not exist or is not one the caller administers")
    public Response create(@NotNull @Valid NewAcademicTerm input) {
        AcademicTermView created = academicTerms.create(input);
        return Response.created(URI.create("/api/v1/academic-terms/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "listAcademicTerms", summary = "List terms, earliest first")
    @APIResponse(responseCode = "200", description = "One page of terms")
    public Page<AcademicTermView> list(@Valid @BeanParam PageRequest page,
                             @QueryParam("schoolId") @Parameter(description = "Only terms of this school") UUID schoolId,
                             @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) terms") Boolean active,
                             @QueryParam("sourcedId") @Size(max = 255) @Parameter(description = "The term with this external id") String sourcedId) {
        return academicTerms.list(page, schoolId, active, sourcedId);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Path("/{id}")
    @Operation(operationId = "getAcademicTerm", summary = "Get an academic term")
    @APIResponse(responseCode = "200", description = "The term",
            headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AcademicTermView.class)))
    public AcademicTermView get(@PathParam("id") UUID id) {
        return academicTerms.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "updateAcademicTerm", summary = "Change or deactivate a term (JSON Merge Patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = AcademicTermChanges.class)))
    @APIResponse(responseCode = "200", description = "The updated term",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AcademicTermView.class)))
    @APIResponse(responseCode = "409", description = "Another term has this sourcedId (`sourced_id_taken`), "
            + "or another request changed it at the same time")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public AcademicTermView update(@PathParam("id") UUID id,
                         @HeaderParam("If-Match") @Parameter(description = "The ETag last read; a stale one is a 412") String ifMatch,
                         JsonNode patch) {
        return academicTerms.update(id, ifMatch, patch);
    }
}
