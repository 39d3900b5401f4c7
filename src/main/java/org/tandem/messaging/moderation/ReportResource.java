package org.tandem.messaging.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.messaging.dto.Reports;
import org.tandem.platform.idempotency.Idempotent;

/** Reporting a message to the school's administrators. */
@Path("/api/v1/threads/{threadId}/messages/{messageId}/reports")
@Tag(name = "Moderation", description = "Reports of messages, the administrators' queue, and blocked contacts")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.ALREADY_REPORTED, org.tandem.platform.problem.ProblemCode.OWN_MESSAGE, org.tandem.platform.problem.ProblemCode.MESSAGE_DELETED})
    @Operation(operationId = "reportMessage", summary = "Report a message of one of the caller's threads",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Reported; it waits in the administrators' queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.Report.class)))
    @APIResponse(responseCode = "409", description = "Already reported by the caller, or the message was deleted")
    public Response report(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId,
                           @NotNull @Valid Reports.NewReport input) {
        return Response.status(Response.Status.CREATED).entity(reports.report(threadId, messageId, input)).build();
    }
}
