package org.tandem.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** Following an export and downloading its archive (its requester only). */
@Path("/api/v1/exports/{exportId}")
@Tag(name = "Privacy")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.GUARDIAN, Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
public class ExportResource {

    static final String ZIP = "application/zip";

    private final StudentExports exports;

    ExportResource(StudentExports exports) {
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStudentExport", summary = "Get an export you asked for and where its job stands")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    public ExportView get(@PathParam("exportId") UUID exportId) {
        return exports.get(exportId);
    }

    @GET
    @Path("/archive")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @ProblemCodes({ProblemCode.EXPORT_NOT_READY, ProblemCode.EXPORT_EXPIRED})
    @Operation(operationId = "downloadStudentExport", summary = "Download an export's archive (a disclosure, logged)",
            description = "A zip of student-records.json and summary.html. Each download is written to the student's "
                    + "disclosure log. 409 export_not_ready while it is being built, 410 export_expired once removed.")
    @APIResponse(responseCode = "200", description = "The archive",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response archive(@PathParam("exportId") UUID exportId) {
        return Response.ok(exports.download(exportId), ZIP)
                .header("Content-Disposition", "attachment; filename=\"student-records-" + exportId + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
