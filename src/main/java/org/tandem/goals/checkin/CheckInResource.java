package org.tandem.goals.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** Check-ins on a goal, and comments under them. */
@Path("/api/v1/goals/{goalId}/check-ins")
@Tag(name = "Goals")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    @Schema(name = "GoalCheckInPage")
    public record CheckInPage(@Schema(required = true) List<CheckIns.View> items,
                              @Schema(required = true, nullable = true) String nextCursor) {
    }

    @Schema(name = "GoalCheckInCommentPage")
    public record CommentPage(@Schema(required = true) List<CheckIns.Comment> items,
                              @Schema(required = true, nullable = true) String nextCursor) {
    }

    private final CheckInService checkIns;

    CheckInResource(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "postGoalCheckIn", summary = "Check in on an active goal (either side)",
            description = "Send `Idempotency-Key` so that a retry never records the check-in twice.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckIns.View.class)))
    @APIResponse(responseCode = "409", description = "The goal is not active")
    @ProblemCodes({ProblemCode.GOAL_NOT_ACTIVE})
    public Response post(@PathParam("goalId") UUID goalId, @NotNull @Valid CheckIns.New input) {
        CheckIns.View view = checkIns.post(goalId, input);
        return Response.created(URI.create("/api/v1/goals/" + goalId + "/check-ins/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listGoalCheckIns", summary = "A goal's check-ins, newest first")
    @APIResponse(responseCode = "200", description = "A page of check-ins",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInPage.class)))
    public Page<CheckIns.View> list(@PathParam("goalId") UUID goalId, @Valid @BeanParam PageRequest page) {
        return checkIns.list(goalId, page);
    }

    @GET
    @Path("/{checkInId}")
    @Operation(operationId = "getGoalCheckIn", summary = "One check-in")
    @APIResponse(responseCode = "200", description = "The check-in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckIns.View.class)))
    public CheckIns.View get(@PathParam("goalId") UUID goalId, @PathParam("checkInId") UUID checkInId) {
        return checkIns.get(goalId, checkInId);
    }

    @PATCH
    @Path("/{checkInId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "editGoalCheckIn", summary = "Edit a check-in (its author, within the edit window; If-Match required)")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = CheckIns.Changes.class)))
    @APIResponse(responseCode = "200", description = "The check-in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckIns.View.class)))
    @APIResponse(responseCode = "409", description = "The edit window has closed, or the goal is no longer active")
    @APIResponse(responseCode = "412", description = "If-Match does not match the check-in's ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.EDIT_WINDOW_CLOSED, ProblemCode.GOAL_NOT_ACTIVE})
    public CheckIns.View edit(@PathParam("goalId") UUID goalId, @PathParam("checkInId") UUID checkInId,
                              @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return checkIns.edit(goalId, checkInId, patch, ifMatch);
    }

    @POST
    @Path("/{checkInId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentOnGoalCheckIn", summary = "Comment under a check-in")
    @APIResponse(responseCode = "201", description = "Commented",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckIns.Comment.class)))
    public Response comment(@PathParam("goalId") UUID goalId, @PathParam("checkInId") UUID checkInId,
                            @NotNull @Valid CheckIns.NewComment input) {
        CheckIns.Comment comment = checkIns.comment(goalId, checkInId, input);
        return Response.status(Response.Status.CREATED).entity(comment).build();
    }

    @GET
    @Path("/{checkInId}/comments")
    @Operation(operationId = "listGoalCheckInComments", summary = "Comments under a check-in, oldest first")
    @APIResponse(responseCode = "200", description = "A page of comments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentPage.class)))
    public Page<CheckIns.Comment> comments(@PathParam("goalId") UUID goalId, @PathParam("checkInId") UUID checkInId,
                                           @Valid @BeanParam PageRequest page) {
        return checkIns.comments(goalId, checkInId, page);
    }
}
