package org.tandem.messaging.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.messaging.dto.Reports;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The administrators' queue of reported messages. */
@Path("/api/v1/moderation/reports")
@Tag(name = "Moderation")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Schema(name = "MessageReportPage")
    public record ReportPage(@Schema(required = true) List<Reports.Report> items,
                             @Schema(required = true, nullable = true) String nextCursor) {
    }

    private final ModerationQueue queue;

    ModerationResource(ModerationQueue queue) {
        this.queue = queue;
    }

    @GET
    @Operation(operationId = "listMessageReports", summary = "Reported messages, oldest first (administrators)",
            description = "A school admin sees reports about threads of their schools; a district admin sees all.")
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPage.class)))
    public Page<Reports.Report> list(
            @QueryParam("state") @DefaultValue("open") @Pattern(regexp = "open|dismissed|actioned")
            @Parameter(description = "Which reports: `open` (default), `dismissed` or `actioned`",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"open", "dismissed", "actioned"},
                            defaultValue = "open")) String state,
            @Valid @BeanParam PageRequest page) {
        return queue.list(state, page);
    }

    @POST
    @Path("/{reportId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.ALREADY_RESOLVED, org.tandem.platform.problem.ProblemCode.DISMISSED_WITH_ACTION})
    @Operation(operationId = "resolveMessageReport", summary = "Dismiss or act on a report (administrators)",
            description = "Resolves every open report of the same message. `actioned` may also lock the thread "
                    + "(`lockThread`) and delete the message for everyone (`removeMessage`).")
    @APIResponse(responseCode = "200", description = "The resolved report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.Report.class)))
    @APIResponse(responseCode = "409", description = "The report was already resolved")
    public Reports.Report resolve(@PathParam("reportId") UUID reportId, @NotNull @Valid Reports.Resolution input) {
        return queue.resolve(reportId, input);
    }
}
