package org.tandem.identity.classcode;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The queue of a class's join requests, for its staff. */
@Path("/api/v1/classes/{classId}/join-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Joining")
public class ClassJoinRequestsResource {

    private final JoinRequestService requests;

    ClassJoinRequestsResource(JoinRequestService requests) {
        this.requests = requests;
    }

    @GET
    @Operation(operationId = "listClassJoinRequests", summary = "List a class's join requests, oldest first",
            description = "Pending requests by default, the queue staff work through; the class's staff and administrators only.")
    @APIResponse(responseCode = "200", description = "A page of join requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinRequestPage.class)))
    public Page<JoinRequestView> forClass(@PathParam("classId") UUID classId,
                                          @QueryParam("state") @DefaultValue("pending") @Pattern(regexp = "pending|approved|declined")
                                          @Parameter(description = "Which requests to list (default pending)",
                                                  schema = @Schema(enumeration = {"pending", "approved", "declined"}, defaultValue = "pending"))
                                          String state,
                                          @Valid @BeanParam PageRequest page) {
        return requests.listForClass(classId, state, page);
    }
}
