package org.tandem.identity.classcode;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** A family member's own join requests. Its own class: JAX-RS matches {@code /api/v1/me} to the most specific class path. */
@Path("/api/v1/me/join-requests")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Joining")
public class MyJoinRequestsResource {

    private final JoinRequestService requests;

    MyJoinRequestsResource(JoinRequestService requests) {
        this.requests = requests;
    }

    @GET
    @Operation(operationId = "listMyJoinRequests", summary = "List the caller's own join requests, newest first",
            description = "Every request the signed-in account made, with its state and, once approved, the student.")
    @APIResponse(responseCode = "200", description = "A page of join requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JoinRequestPage.class)))
    public Page<JoinRequestView> mine(@Valid @BeanParam PageRequest page) {
        return requests.listMine(page);
    }
}
