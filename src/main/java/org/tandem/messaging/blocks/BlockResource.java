package org.tandem.messaging.blocks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.messaging.dto.Blocks;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** The contacts the caller has blocked. */
@Path("/api/v1/me/blocks")
@Tag(name = "Moderation")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.STAFF, Roles.GUARDIAN, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class BlockResource {

    @Schema(name = "ContactBlockPage")
    public record BlockPage(@Schema(required = true) List<Blocks.Block> items,
                            @Schema(required = true, nullable = true) String nextCursor) {
    }

    private final ContactBlocks blocks;

    BlockResource(ContactBlocks blocks) {
        this.blocks = blocks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.CANNOT_BLOCK_SELF})
    @Operation(operationId = "blockContact", summary = "Block a contact",
            description = "The caller stops seeing the blocked person's messages in thread lists and search, and the "
                    + "blocked person cannot start a direct thread with the caller. Staff may block anyone; families "
                    + "may block other families but not staff (403). Blocking again is harmless (200).")
    @APIResponse(responseCode = "201", description = "Blocked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Blocks.Block.class)))
    @APIResponse(responseCode = "200", description = "Already blocked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Blocks.Block.class)))
    public Response block(@NotNull @Valid Blocks.NewBlock input) {
        ContactBlocks.Blocked blocked = blocks.block(input.accountId());
        return blocked.created()
                ? Response.created(URI.create("/api/v1/me/blocks/" + input.accountId())).entity(blocked.block()).build()
                : Response.ok(blocked.block()).build();
    }

    @GET
    @Operation(operationId = "listBlockedContacts", summary = "The contacts the caller has blocked, newest first")
    @APIResponse(responseCode = "200", description = "A page of blocked contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockPage.class)))
    public Page<Blocks.Block> list(@Valid @BeanParam PageRequest page) {
        return blocks.list(page);
    }

    @DELETE
    @Path("/{accountId}")
    @Operation(operationId = "unblockContact", summary = "Unblock a contact")
    @APIResponse(responseCode = "204", description = "Unblocked")
    public void unblock(@PathParam("accountId") UUID accountId) {
        blocks.unblock(accountId);
    }
}
