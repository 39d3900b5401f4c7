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

/** Deleting a family's account (district administrators). */
@Path("/api/v1/accounts/{accountId}/erasure")
@Tag(name = "Privacy")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class AccountErasureResource {

    private final AccountDeletion accounts;

    AccountErasureResource(AccountDeletion accounts) {
        this.accounts = accounts;
    }

    @POST
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Idempotent
    @ProblemCodes({ProblemCode.NOT_A_FAMILY_ACCOUNT})
    @Operation(operationId = "deleteAccount", summary = "Delete a family's account",
            description = "Its links to children, guardian record, sign-ins, devices, calendar feed, memberships, reactions "
                    + "and pending mail go; the messages and replies it wrote in others' threads stay, signed \"A former "
                    + "member\". Staff and administrator accounts are 409 not_a_family_account (deactivate them).",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Deleted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureView.class)))
    public Response deleteAccount(@PathParam("accountId") UUID accountId) {
        return created(accounts.delete(accountId));
    }

    static Response created(ErasureView view) {
        return Response.created(URI.create("/api/v1/erasures/" + view.id())).entity(view).build();
    }
}
