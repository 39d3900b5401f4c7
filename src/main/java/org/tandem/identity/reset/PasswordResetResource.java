package org.tandem.identity.reset;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Forgotten passwords: ask for a reset mail, then set a new password with its token. Public. */
@Path("/api/v1/auth/password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Authentication")
public class PasswordResetResource {

    private final PasswordResetService resets;

    PasswordResetResource(PasswordResetService resets) {
        this.resets = resets;
    }

    @POST
    @SecurityRequirements
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password-reset mail",
            description = "Always 202, whether or not an account has this email, so the answer reveals nothing. "
                    + "When one does, a single-use link valid for an hour is mailed to it. Requests are limited "
                    + "per email and per client address (429 with Retry-After).")
    @APIResponse(responseCode = "202", description = "If an account has this email, a reset mail is on its way")
    @APIResponse(responseCode = "429", description = "Too many requests for this email or from this address; see Retry-After")
    public Response request(@NotNull @Valid PasswordResetRequest request, HttpServerRequest http) {
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        resets.request(request.email(), request.tenant(), address);
        return Response.accepted().build();
    }

    @POST
    @Path("/confirm")
    @SecurityRequirements
    @org.tandem.platform.openapi.ProblemCodes({org.tandem.platform.problem.ProblemCode.INVALID_RESET_TOKEN})
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the token from a reset mail",
            description = "Signs the account out everywhere: its refresh tokens are revoked. A used, expired or "
                    + "unknown token is 400 invalid_reset_token.")
    @APIResponse(responseCode = "204", description = "The password is changed")
    @APIResponse(responseCode = "400", description = "The token was used, has expired or never existed (invalid_reset_token), "
            + "or the request is malformed")
    public Response confirm(@NotNull @Valid PasswordResetConfirmation confirmation) {
        resets.confirm(confirmation.token(), confirmation.newPassword());
        return Response.noContent().build();
    }
}
