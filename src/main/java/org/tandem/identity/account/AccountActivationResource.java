package org.tandem.identity.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;

/** Deactivating and reactivating an account of the district (district administrators). */
@Path("/api/v1/accounts/{accountId}")
@RolesAllowed(Roles.DISTRICT_ADMIN)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Accounts", description = "Accounts of the district, for its administrators")
public class AccountActivationResource {

    private final AccountActivation activation;

    AccountActivationResource(AccountActivation activation) {
        this.activation = activation;
    }

    @POST
    @Path("/deactivate")
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.CANNOT_DEACTIVATE_SELF})
    @Operation(operationId = "deactivateAccount", summary = "Deactivate an account and sign it out everywhere",
            description = "The account can no longer sign in, its refresh tokens are revoked and the access tokens "
                    + "it holds stop working at once. Deactivating an inactive account changes nothing; your own "
                    + "account is 422 cannot_deactivate_self.")
    @APIResponse(responseCode = "204", description = "The account is inactive")
    @APIResponse(responseCode = "404", description = "No such account in this district")
    @APIResponse(responseCode = "422", description = "The account is your own (cannot_deactivate_self)")
    public Response deactivate(@PathParam("accountId") UUID accountId) {
        activation.deactivate(accountId);
        return Response.noContent().build();
    }

    @POST
    @Path("/reactivate")
    @Operation(operationId = "reactivateAccount", summary = "Let a deactivated account sign in again",
            description = "Tokens it held before stay revoked; it signs in anew.")
    @APIResponse(responseCode = "204", description = "The account is active")
    @APIResponse(responseCode = "404", description = "No such account in this district")
    public Response reactivate(@PathParam("accountId") UUID accountId) {
        activation.reactivate(accountId);
        return Response.noContent().build();
    }
}
