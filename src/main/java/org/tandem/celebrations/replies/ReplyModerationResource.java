package org.tandem.celebrations.replies;

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
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ProblemCode;

/** The moderation queue's reported celebration replies. */
@Path("/api/v1/moderation/celebration-reply-reports")
@Tag(name = "Moderation")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ReplyModerationResource {

    private final ReplyModeration queue;

    ReplyModerationResource(ReplyModeration queue) {
        this.queue = queue;
    }

    @GET
    @Operation(operationId = "listCelebrationReplyReports", summary = "Reported celebration replies, oldest first (administrators)",
            description = "A school admin sees reports about celebrations of their schools; a district admin sees all.")
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replies.ReportPage.class)))
    public Page<Replies.Report> list(
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
    @ProblemCodes({ProblemCode.ALREADY_RESOLVED, ProblemCode.DISMISSED_WITH_ACTION})
    @Operation(operationId = "resolveCelebrationReplyReport", summary = "Dismiss or act on a reported reply (administrators)",
            description = "Resolves every open report of the same reply; `actioned` may remove the reply for everyone "
                    + "(`removeReply`).")
    @APIResponse(responseCode = "200", description = "The resolved report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replies.Report.class)))
    @APIResponse(responseCode = "409", description = "The report was already resolved")
    public Replies.Report resolve(@PathParam("reportId") UUID reportId, @NotNull @Valid Replies.Resolution input) {
        return queue.resolve(reportId, input);
    }
}
