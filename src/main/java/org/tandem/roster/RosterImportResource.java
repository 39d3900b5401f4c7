package org.tandem.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
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
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.roster.dto.ImportChangeView;
import org.tandem.roster.dto.ImportJobView;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** OneRoster CSV imports of the district's roster, run as jobs. */
@Path("/api/v1/roster/imports")
@Tag(name = "Roster sync", description = "OneRoster 1.1 and 1.2 imports (docs/roster.md)")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.INTEGRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class RosterImportResource {

    static final String ZIP = "application/zip";

    private final RosterImports imports;

    RosterImportResource(RosterImports imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({ZIP, "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "startRosterImport", summary = "Import a OneRoster CSV package (a zip), as a job",
            description = """
                    The body is the zip itself (manifest.csv and the files it names; up to 256 MiB, the only \
                    endpoint with a body limit above 1 MiB). The answer is 202 with the job; follow its Location \
                    until the state is succeeded or failed. Every row is checked before anything is written, and \
                    the import is all or nothing: any invalid row fails the whole job, with every error listed. \
                    With dryRun=true the job computes the full diff (GET .../changes) and changes nothing. One \
                    import per district at a time (409). District administrators and integrators with roster.write. \
                    An Idempotency-Key makes a retried upload safe: the same key with the same package (and query) \
                    answers the first job again, without a second import.""",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @RequestBody(required = true, content = @Content(mediaType = ZIP,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "The job was queued",
            headers = @Header(name = "Location", description = "The job's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "409", description = "Another import of this district is still running (`import_running`)")
    @APIResponse(responseCode = "413", description = "The package is larger than the import's limit")
    @APIResponse(responseCode = "422", description = "Not a zip, or not a OneRoster package (`invalid_package`)")
    @ProblemCodes({ProblemCode.IMPORT_RUNNING, ProblemCode.INVALID_PACKAGE, ProblemCode.UPLOAD_INTERRUPTED, ProblemCode.PAYLOAD_TOO_LARGE})
    public Response start(
            @QueryParam("dryRun") @DefaultValue("false")
            @Parameter(description = "Compute the diff and change nothing") boolean dryRun,
            @QueryParam("deactivateMissing") @DefaultValue("false")
            @Parameter(description = "Deactivate records of bulk files that the package no longer lists") boolean deactivateMissing,
            @HeaderParam("Idempotency-Key")
            @Parameter(description = "Makes a retry safe: 1–255 visible ASCII characters, kept 24 hours") String idempotencyKey,
            InputStream body) {
        RosterImports.Started started = imports.start(body, dryRun, deactivateMissing, idempotencyKey);
        if (started.replay() != null) {
            return started.replay();
        }
        ImportJobView job = started.job();
        return Response.accepted(job).location(URI.create("/api/v1/roster/imports/" + job.id())).build();
    }

    @GET
    @Operation(operationId = "listRosterImports", summary = "List the district's imports, newest first")
    @APIResponse(responseCode = "200", description = "One page of imports")
    public Page<ImportJobView> list(@Valid @BeanParam PageRequest page) {
        return imports.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRosterImport", summary = "Get an import: state, progress per file, outcome and errors")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No such import in the district")
    public ImportJobView get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(operationId = "listRosterImportChanges", summary = "List what an import changed (or, for a dry run, would change)",
            description = "Each created, updated or deactivated record with the fields that change; unchanged records are counted in the job's summary.")
    @APIResponse(responseCode = "200", description = "One page of changes, in order")
    @APIResponse(responseCode = "404", description = "No such import in the district")
    public Page<ImportChangeView> changes(
            @PathParam("id") UUID id,
            @QueryParam("recordType") @Pattern(regexp = "schools|terms|classes|staff|students|guardians|guardianships|enrollments|teachingAssignments")
            @Parameter(description = "Only changes of this record type") String recordType,
            @QueryParam("action") @Pattern(regexp = "created|updated|deactivated")
            @Parameter(description = "Only created, updated or deactivated records") String action,
            @Valid @BeanParam PageRequest page) {
        return imports.changes(id, recordType, action, page);
    }
}
