package org.tandem.celebrations;

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
import org.tandem.celebrations.dto.CelebrationView;
import org.tandem.celebrations.dto.NewCelebration;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ProblemCode;

/** Recognising a whole class, and the class's celebrations. A class celebration names no child. */
@Path("/api/v1/classes/{classId}/celebrations")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ClassCelebrationResource {

    private final CelebrationService celebrations;

    ClassCelebrationResource(CelebrationService celebrations) {
        this.celebrations = celebrations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "celebrateClass", summary = "Recognise a whole class (its staff, administrators)",
            description = "Seen by the class's staff and families; never by a guardian under a no-contact order for "
                    + "a student of the class.", extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CelebrationView.class)))
    @ProblemCodes({ProblemCode.BADGE_RETIRED})
    public Response celebrate(@PathParam("classId") UUID classId, @NotNull @Valid NewCelebration input) {
        CelebrationView view = celebrations.recognizeClass(classId, input);
        return Response.created(URI.create("/api/v1/celebrations/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listClassCelebrations", summary = "A class's celebrations, newest first")
    @APIResponse(responseCode = "200", description = "A page of celebrations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CelebrationResource.CelebrationPage.class)))
    public Page<CelebrationView> list(@PathParam("classId") UUID classId, @Valid @BeanParam PageRequest page) {
        return celebrations.ofClass(classId, page);
    }
}
