package org.tandem.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** A student's data rights: asking for an export of their records, and reading who received them. */
@Path("/api/v1/students/{studentId}")
@Tag(name = "Privacy")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.GUARDIAN, Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StudentExportResource {

    private final StudentExports exports;
    private final Disclosures disclosures;

    StudentExportResource(StudentExports exports, Disclosures disclosures) {
        this.exports = exports;
        this.disclosures = disclosures;
    }

    @Schema(name = "DisclosurePage")
    public record DisclosurePage(@Schema(required = true) java.util.List<DisclosureView> items,
                                 @Schema(required = true, nullable = true) String nextCursor) {
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "exportStudentRecords", summary = "Ask for an export of everything about a student",
            description = "For the student's administrators and for a guardian with educational rights (a parent's access "
                    + "request). A job builds a zip archive (student-records.json and a readable summary.html) of the "
                    + "directory record and family links, the conversations about the student with every version and "
                    + "translation, goals with check-ins and history, celebrations with reactions, bookings and RSVPs, the "
                    + "audit log and the disclosures. Goals and celebrations follow the requester's link; confidential goals "
                    + "only for those who may see them. Poll the export until it is ready; asking again while one is being "
                    + "built answers that one.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "202", description = "Queued (or already being built)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    public Response export(@PathParam("studentId") UUID studentId, @NotNull @Valid ExportRequest input) {
        ExportView view = exports.request(studentId, input);
        return Response.accepted(view).location(URI.create("/api/v1/exports/" + view.id())).build();
    }

    @Schema(name = "StudentExportList")
    public record ExportList(@Schema(required = true, maxItems = 100) java.util.List<ExportView> items) {
    }

    @GET
    @Path("/exports")
    @Operation(operationId = "listStudentExports", summary = "List the exports of a student you asked for, newest first",
            description = "At most the last 100 (archives expire within days). Same rights as asking for one.")
    @APIResponse(responseCode = "200", description = "Your exports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportList.class)))
    public ExportList exports(@PathParam("studentId") UUID studentId) {
        return new ExportList(exports.mine(studentId));
    }

    @GET
    @Path("/disclosures")
    @Operation(operationId = "listStudentDisclosures", summary = "List the disclosures of a student's records, oldest first",
            description = "Each time the student's records left the school (an export handed over, an integrator's read): who "
                    + "received them, what, when and why. For the student's administrators and guardians with educational rights.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisclosurePage.class)))
    public Page<DisclosureView> disclosures(@PathParam("studentId") UUID studentId, @Valid @BeanParam PageRequest page) {
        return disclosures.page(studentId, page);
    }
}
