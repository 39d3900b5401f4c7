package org.tandem.goals;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.goals.dto.GoalChanges;
import org.tandem.goals.dto.GoalView;
import org.tandem.goals.dto.NewGoal;
import org.tandem.goals.dto.Revision;
import org.tandem.goals.dto.Transition;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** Goals: proposing, agreeing, revising and closing them, and the lists that show what needs attention. */
@Path("/api/v1/goals")
@Tag(name = "Goals")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

    @Schema(name = "GoalPage")
    public record GoalPage(@Schema(required = true) List<GoalView> items,
                           @Schema(required = true, nullable = true) String nextCursor) {
    }

    static final String SORT = "Sorted by what needs attention: goals awaiting the caller's agreement (a "
            + "proposal or a revision from the other side) first, then open goals, then closed ones, each by target "
            + "date. Confidential goals the caller may not see are neither listed nor counted.";

    static final String STATUSES = "proposed|active|achieved|discontinued|withdrawn";
    static final String STATUS_FILTER = "Only goals in this status; withdrawn goals are listed only when asked for";
    static final String CATEGORIES = "academic|social_emotional|attendance|behavior|other";

    private final GoalService goals;
    private final GoalLifecycle lifecycle;

    GoalResource(GoalService goals, GoalLifecycle lifecycle) {
        this.goals = goals;
        this.lifecycle = lifecycle;
    }

    @GET
    @Operation(operationId = "listMyGoals", summary = "My goals: across a guardian's children, or the students of the "
            + "classes a teacher teaches now", description = SORT)
    @APIResponse(responseCode = "200", description = "A page of goals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalPage.class)))
    public Page<GoalView> mine(@QueryParam("status") @Pattern(regexp = STATUSES)
            @Parameter(description = STATUS_FILTER, schema = @Schema(enumeration = {"proposed", "active",
                    "achieved", "discontinued", "withdrawn"})) String status,
                               @QueryParam("category") @Pattern(regexp = CATEGORIES)
            @Parameter(description = "Only goals of this category", schema = @Schema(enumeration = {"academic",
                    "social_emotional", "attendance", "behavior", "other"})) String category,
                               @Valid @BeanParam PageRequest page) {
        return goals.mine(filter(status, category), page);
    }

    @GET
    @Path("/{goalId}")
    @Operation(operationId = "getGoal", summary = "A goal, with its agreed terms and any pending revision")
    @APIResponse(responseCode = "200", description = "The goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    public GoalView get(@PathParam("goalId") UUID goalId) {
        return goals.get(goalId);
    }

    @PATCH
    @Path("/{goalId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateGoal", summary = "Change a goal (JSON Merge Patch; If-Match required)",
            description = "Title, description, category and supports change at once. The terms (dates, target) change "
                    + "here only while the goal is proposed, and the caller's side then becomes the proposer; an active "
                    + "goal's terms change through a revision (409 `revision_required`).")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = GoalChanges.class)))
    @APIResponse(responseCode = "200", description = "The goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "409", description = "Closed, or terms of an active goal")
    @APIResponse(responseCode = "412", description = "If-Match does not match the goal's ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.GOAL_CLOSED, ProblemCode.REVISION_REQUIRED})
    public GoalView change(@PathParam("goalId") UUID goalId, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        return goals.change(goalId, patch, ifMatch);
    }

    @DELETE
    @Path("/{goalId}")
    @Operation(operationId = "withdrawGoal", summary = "Withdraw a proposed goal (its proposer, or an administrator; "
            + "If-Match required)",
            description = "The account that made the current proposal, or an administrator of the student's school, takes "
                    + "back a goal that is still `proposed`. Nothing is deleted: the goal moves to `withdrawn`, keeps its "
                    + "terms and its history (a transition proposed → withdrawn) and stays readable here, but leaves the "
                    + "lists (unless asked for with `status=withdrawn`). An agreed goal is not withdrawn but "
                    + "discontinued, with a reason (409 `invalid_transition`); the other side declines a proposal the "
                    + "same way.")
    @APIResponse(responseCode = "200", description = "The withdrawn goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "403", description = "Neither the proposer nor an administrator of the student's school")
    @APIResponse(responseCode = "409", description = "The goal is no longer proposed")
    @APIResponse(responseCode = "412", description = "If-Match does not match the goal's ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.INVALID_TRANSITION})
    public GoalView withdraw(@PathParam("goalId") UUID goalId, @HeaderParam("If-Match") String ifMatch) {
        return lifecycle.withdraw(goalId, ifMatch);
    }

    @POST
    @Path("/{goalId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionGoal", summary = "Agree to, achieve or discontinue a goal",
            description = "`active`: the side that did not propose agrees. `achieved`: either side, from active. "
                    + "`discontinued` (with a reason): either side, from proposed or active. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "The goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "409", description = "The goal's status does not allow this move (another request may have moved it)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the goal's ETag")
    @ProblemCodes({ProblemCode.SAME_SIDE, ProblemCode.INVALID_TRANSITION, ProblemCode.GOAL_CLOSED, ProblemCode.GOAL_NOT_ACTIVE,
            ProblemCode.BADGE_RETIRED})
    public GoalView transition(@PathParam("goalId") UUID goalId, @HeaderParam("If-Match") String ifMatch,
                               @NotNull @Valid Transition.Request input) {
        return lifecycle.transition(goalId, input, ifMatch);
    }

    @GET
    @Path("/{goalId}/transitions")
    @Operation(operationId = "listGoalTransitions", summary = "A goal's history: who moved it, when, from → to")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Transition.Entry.class)))
    public List<Transition.Entry> history(@PathParam("goalId") UUID goalId) {
        return lifecycle.history(goalId);
    }

    @POST
    @Path("/{goalId}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeGoalRevision", summary = "Propose new terms for an active goal (If-Match required)",
            description = "The agreed terms stand, and both are shown, until the other side accepts.")
    @APIResponse(responseCode = "200", description = "The goal with its pending revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "409", description = "Not active, or a revision is already pending")
    @APIResponse(responseCode = "412", description = "If-Match does not match the goal's ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.GOAL_NOT_ACTIVE, ProblemCode.REVISION_PENDING})
    public GoalView revise(@PathParam("goalId") UUID goalId, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid Revision.Request input) {
        return lifecycle.proposeRevision(goalId, input, ifMatch);
    }

    @POST
    @Path("/{goalId}/revisions/{revisionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideGoalRevision", summary = "Accept or decline a revision (other side), or withdraw it (its side)")
    @APIResponse(responseCode = "200", description = "The goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "409", description = "The revision was already decided")
    @APIResponse(responseCode = "412", description = "If-Match does not match the goal's ETag")
    @ProblemCodes({ProblemCode.SAME_SIDE, ProblemCode.REVISION_DECIDED, ProblemCode.GOAL_NOT_ACTIVE})
    public GoalView decide(@PathParam("goalId") UUID goalId, @PathParam("revisionId") UUID revisionId,
                           @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Revision.Decision input) {
        return lifecycle.decideRevision(goalId, revisionId, input, ifMatch);
    }

    static GoalReads.Filter filter(String status, String category) {
        return new GoalReads.Filter(status == null ? null : GoalStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)),
                category == null ? null : GoalCategory.valueOf(category.toUpperCase(java.util.Locale.ROOT)));
    }
}
