package org.tandem.notifications.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;

/** Who a message (an announcement) reached, from the delivery ledger. */
@Path("/api/v1/threads/{threadId}/messages/{messageId}/reach")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class ReachResource {

    private final LedgerService ledger;

    ReachResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN, Roles.GUARDIAN})
    @Operation(operationId = "getMessageReach", summary = "Who a message (an announcement) reached, and by which channel",
            description = "For its author, the thread's staff and administrators of its school: \"reached 47 of 52: 40 push, "
                    + "7 email; 5 not reached\", with each person's outcome. Names only for people who are still members "
                    + "of the thread.")
    @APIResponse(responseCode = "200", description = "The reach",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerViews.Reach.class)))
    @APIResponse(responseCode = "403", description = "A member of the thread who is not its staff")
    @APIResponse(responseCode = "404", description = "No such message, or not one the caller may see")
    public LedgerViews.Reach reach(@PathParam("threadId") UUID threadId, @PathParam("messageId") UUID messageId) {
        return ledger.reach(threadId, messageId);
    }
}
