package org.tandem.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.problem.ProblemCode;

/** A guardian deleting their own account. */
@Path("/api/v1/me/erasure")
@Tag(name = "Privacy")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class OwnErasureResource {

    private final AccountDeletion accounts;

    OwnErasureResource(AccountDeletion accounts) {
        this.accounts = accounts;
    }

    @POST
    @RolesAllowed(Roles.GUARDIAN)
    @Idempotent
    @ProblemCodes({ProblemCode.NOT_A_FAMILY_ACCOUNT})
    @Operation(operationId = "deleteOwnAccount", summary = "Delete your own family account",
            description = "As deleteAccount, asked by the guardian themself; the token stops working at once.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Deleted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureView.class)))
    public Response deleteOwnAccount() {
        return created(accounts.deleteOwn());
    }

    static Response created(ErasureView view) {
        return Response.created(URI.create("/api/v1/erasures/" + view.id())).entity(view).build();
    }
}
