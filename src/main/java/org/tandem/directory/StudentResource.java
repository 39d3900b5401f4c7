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
import org.tandem.directory.dto.NewStudent;
import org.tandem.directory.dto.StudentChanges;
import org.tandem.directory.dto.StudentView;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** Each school's students. */
@Path("/api/v1/students")
@Tag(name = "Directory")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StudentResource {

    private final StudentService students;

    StudentResource(StudentService students) {
        this.students = students;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "createStudent", summary = "Add a student to a school",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "The new student", headers = {
            @Header(name = "Location", description = "The URL of the new student", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The version of the new student", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = StudentView.class)))
    @APIResponse(responseCode = "409", description = "Another student has this sourcedId (`sourced_id_taken`), "
            + "or a request with this Idempotency-Key is still being processed")
    @APIResponse(responseCode = "404", description = "The school does not exist or is not one the caller administers")
    public Response create(@NotNull @Valid NewStudent input) {
        StudentView created = students.create(input);
        return Response.created(URI.create("/api/v1/students/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "listStudents", summary = "List students by family name")
    @APIResponse(responseCode = "200", description = "One page of students")
    public Page<StudentView> list(@Valid @BeanParam PageRequest page,
                             @QueryParam("schoolId") @Parameter(description = "Only students of this school") UUID schoolId,
                             @QueryParam("classId") @Parameter(description = "Only students actively enrolled in this class") UUID classId,
                             @QueryParam("guardianId") @Parameter(description = "Only students linked to this guardian") UUID guardianId,
                             @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) students") Boolean active,
                             @QueryParam("sourcedId") @Size(max = 255) @Parameter(description = "The student with this external id") String sourcedId) {
        return students.list(page, schoolId, classId, guardianId, active, sourcedId);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.INTEGRATOR})
    @Path("/{id}")
    @Operation(operationId = "getStudent", summary = "Get a student (the read is written to the student's audit log)")
    @APIResponse(responseCode = "200", description = "The student",
            headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StudentView.class)))
    public StudentView get(@PathParam("id") UUID id) {
        return students.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.SOURCED_ID_TAKEN})
    @Operation(operationId = "updateStudent", summary = "Change or deactivate a student (JSON Merge Patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = StudentChanges.class)))
    @APIResponse(responseCode = "200", description = "The updated student",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StudentView.class)))
    @APIResponse(responseCode = "409", description = "Another student has this sourcedId (`sourced_id_taken`), "
            + "or another request changed it at the same time")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public StudentView update(@PathParam("id") UUID id,
                         @HeaderParam("If-Match") @Parameter(description = "The ETag last read; a stale one is a 412") String ifMatch,
                         JsonNode patch) {
        return students.update(id, ifMatch, patch);
    }
}
