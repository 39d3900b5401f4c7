package org.tandem.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;
import org.tandem.roster.dto.ImportJobView;
import org.tandem.roster.dto.ProviderFields;
import org.tandem.roster.dto.ProviderView;

/** The district's OneRoster 1.2 REST provider, and pulls from it (each a roster import job). */
@Path("/api/v1/roster/provider")
@Tag(name = "Roster sync")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.INTEGRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class RosterProviderResource {

    private final RosterProviders providers;

    RosterProviderResource(RosterProviders providers) {
        this.providers = providers;
    }

    @GET
    @Operation(operationId = "getRosterProvider", summary = "The district's OneRoster REST provider and where its pulls stand",
            description = "Never shows the client id or secret. District administrators and integrators granted roster.read "
                    + "or roster.write.")
    @APIResponse(responseCode = "200", description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "404", description = "No provider is set for the district")
    public ProviderView get() {
        return providers.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setRosterProvider", summary = "Set or replace the district's OneRoster REST provider",
            description = """
                    District administrators only. The first PUT sets the provider (201; no If-Match); a replacement \
                    needs If-Match (428 without, 412 when stale). The client id and secret are stored encrypted and \
                    never returned; on a replacement, leave both out to keep them. A new baseUrl clears the watermark, \
                    so the next pull is full. pullEvery schedules delta pulls (one instance runs each).""")
    @APIResponse(responseCode = "200", description = "The provider was replaced",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "201", description = "The provider was set",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the provider's ETag (or there is no provider yet)")
    @APIResponse(responseCode = "428", description = "If-Match is missing on a replacement")
    @ProblemCodes({ProblemCode.ALREADY_EXISTS})
    public Response put(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProviderFields fields) {
        RosterProviders.Saved saved = providers.put(fields, ifMatch);
        return saved.created()
                ? Response.created(URI.create("/api/v1/roster/provider")).entity(saved.view()).build()
                : Response.ok(saved.view()).build();
    }

    @DELETE
    @Operation(operationId = "deleteRosterProvider", summary = "Remove the district's OneRoster REST provider (If-Match required)",
            description = "Its credentials, schedule and watermark are gone; imported records and past jobs stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No provider is set for the district")
    @APIResponse(responseCode = "412", description = "If-Match does not match the provider's ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response delete(@HeaderParam("If-Match") String ifMatch) {
        providers.delete(ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/pulls")
    @Idempotent
    @Operation(operationId = "startRosterPull", summary = "Pull the roster from the district's OneRoster provider, as a job",
            description = """
                    Answers 202 with the import job (the same job as an upload: follow its Location). The job fetches \
                    every page of orgs, academicSessions, courses, classes, users and enrollments, then checks and \
                    writes them exactly like a OneRoster 1.2 CSV package: all or nothing, every error listed. mode=auto \
                    pulls a delta (records modified after the watermark) once a pull has succeeded, else everything; \
                    the watermark moves only when a pull succeeds (never in a dry run). One import per district at a \
                    time (409). District administrators and integrators with roster.write. Honours Idempotency-Key.""",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "202", description = "The pull was queued",
            headers = @Header(name = "Location", description = "The job's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No provider is set for the district")
    @APIResponse(responseCode = "409", description = "Another import of this district is still running (`import_running`)")
    @APIResponse(responseCode = "422", description = "A delta was asked for before any pull succeeded (`no_watermark`)")
    @ProblemCodes({ProblemCode.IMPORT_RUNNING, ProblemCode.NO_WATERMARK})
    public Response pull(
            @QueryParam("mode") @DefaultValue("auto") @Pattern(regexp = "auto|full|delta")
            @Parameter(description = "auto (delta after the first successful pull), full or delta") String mode,
            @QueryParam("dryRun") @DefaultValue("false")
            @Parameter(description = "Compute the diff and change nothing (the watermark stays)") boolean dryRun,
            @QueryParam("deactivateMissing") @DefaultValue("false")
            @Parameter(description = "A full pull: deactivate records the provider no longer lists") boolean deactivateMissing) {
        ImportJobView job = providers.pull(mode, dryRun, deactivateMissing);
        return Response.accepted(job).location(URI.create("/api/v1/roster/imports/" + job.id())).build();
    }
}
