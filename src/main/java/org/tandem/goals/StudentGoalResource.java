package org.tandem.goals;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** A student's goals: proposing one, and the list of them. */
@Path("/api/v1/students/{studentId}/goals")
@Tag(name = "Goals")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StudentGoalResource {

    private final GoalService goals;

    StudentGoalResource(GoalService goals) {
        this.goals = goals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "proposeGoal", summary = "Propose a goal for a student (staff, or a guardian whose link allows goals)",
            description = "The other side agrees to make it active (POST …/transitions with `to: active`).",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    public Response propose(@PathParam("studentId") UUID studentId, @NotNull @Valid NewGoal input) {
        GoalView goal = goals.propose(studentId, input);
        return Response.created(URI.create("/api/v1/goals/" + goal.id())).entity(goal).build();
    }

    @GET
    @Operation(operationId = "listStudentGoals", summary = "A student's goals", description = GoalResource.SORT
            + " The read is written to the student's audit log.")
    @APIResponse(responseCode = "200", description = "A page of goals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalResource.GoalPage.class)))
    public Page<GoalView> ofStudent(@PathParam("studentId") UUID studentId,
                                    @QueryParam("status") @Pattern(regexp = GoalResource.STATUSES)
            @Parameter(description = GoalResource.STATUS_FILTER, schema = @Schema(enumeration = {"proposed", "active",
                    "achieved", "discontinued", "withdrawn"})) String status,
                                    @QueryParam("category") @Pattern(regexp = GoalResource.CATEGORIES)
            @Parameter(description = "Only goals of this category", schema = @Schema(enumeration = {"academic",
                    "social_emotional", "attendance", "behavior", "other"})) String category,
                                    @Valid @BeanParam PageRequest page) {
        return goals.ofStudent(studentId, GoalResource.filter(status, category), page);
    }

}
