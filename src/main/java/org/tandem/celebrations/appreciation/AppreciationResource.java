package org.tandem.celebrations.appreciation;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ProblemCode;

/** Thanking a member of staff, and reading one's own appreciations. */
@Path("/api/v1/appreciations")
@Tag(name = "Celebrations")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class AppreciationResource {

    private final AppreciationService appreciations;

    AppreciationResource(AppreciationService appreciations) {
        this.appreciations = appreciations;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "appreciateStaff", summary = "Thank a member of staff, optionally about a student",
            description = "A family thanks staff of a school where they have a child; a colleague, staff of a school "
                    + "where they work. Only the member of staff reads the note.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appreciations.View.class)))
    @ProblemCodes({ProblemCode.OWN_APPRECIATION})
    public Response give(@NotNull @Valid Appreciations.NewAppreciation input) {
        return Response.status(201).entity(appreciations.give(input)).build();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN})
    @Operation(operationId = "listMyAppreciations", summary = "The appreciations I received, newest first")
    @APIResponse(responseCode = "200", description = "A page of appreciations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Appreciations.AppreciationPage.class)))
    public Page<Appreciations.View> received(@Valid @BeanParam PageRequest page) {
        return appreciations.received(page);
    }
}
