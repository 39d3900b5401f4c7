package org.tandem.celebrations;

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
import org.tandem.celebrations.dto.CelebrationView;
import org.tandem.celebrations.dto.NewCelebration;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** Recognising a student. */
@Path("/api/v1/students/{studentId}/celebrations")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StudentCelebrationResource {

    private final CelebrationService celebrations;

    StudentCelebrationResource(CelebrationService celebrations) {
        this.celebrations = celebrations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "celebrateStudent", summary = "Recognise a student (their teachers this term, administrators)",
            description = "Seen by the student's guardians whose link allows goals and celebrations and by the staff "
                    + "who serve the student. A family gets 403: families react, reply and appreciate.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CelebrationView.class)))
    @ProblemCodes({ProblemCode.BADGE_RETIRED})
    public Response celebrate(@PathParam("studentId") UUID studentId, @NotNull @Valid NewCelebration input) {
        CelebrationView view = celebrations.recognizeStudent(studentId, input);
        return Response.created(URI.create("/api/v1/celebrations/" + view.id())).entity(view).build();
    }
}
