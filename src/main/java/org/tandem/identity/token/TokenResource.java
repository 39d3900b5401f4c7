package org.tandem.identity.token;

import org.tandem.platform.problem.ProblemCode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OAuth 2.0 token endpoint (RFC 6749) and token revocation (RFC 7009). */
@Path("/api/v1/auth")
@Tag(name = "Authentication")
@PermitAll
public class TokenResource {

    private final TokenService tokens;

    TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @org.tandem.platform.openapi.ProblemCodes({ProblemCode.INVALID_REQUEST, ProblemCode.INVALID_GRANT,
            ProblemCode.INVALID_SCOPE, ProblemCode.UNSUPPORTED_GRANT_TYPE, ProblemCode.INVALID_CLIENT,
            ProblemCode.RATE_LIMITED})
    @Operation(operationId = "createToken", summary = "Sign in or refresh: get an access token",
            description = """
                    `grant_type=password` with `username` (email) and `password`, plus `tenant` (district slug or id) \
                    when the email has accounts in several districts; `grant_type=refresh_token` with `refresh_token` \
                    (single use: the answer carries the next one; a spent token presented again revokes the whole \
                    sign-in); `grant_type=client_credentials` for integrators, with `client_id` and `client_secret` \
                    (or HTTP Basic) and an optional `scope`. Failed sign-ins are limited per account and per client \
                    address (429 with Retry-After).""")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = TokenRequests.TokenRequest.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "password",
                    summary = "A guardian of the demo district signs in",
                    value = "{\"grant_type\": \"password\", \"username\": \"ana.lopez@demo.tandem.test\", "
                            + "\"password\": \"tandem-demo\"}")))
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Client authentication failed (client credentials)")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins; retry after the Retry-After seconds")
    public Response token(
            @FormParam("grant_type") @Size(max = 64) @Parameter(required = true) String grantType,
            @FormParam("username") @Size(max = 320) String username,
            @FormParam("password") @Size(max = 128) String password,
            @FormParam("tenant") @Size(max = 64) String tenant,
            @FormParam("refresh_token") @Size(max = 256) String refreshToken,
            @FormParam("client_id") @Size(max = 128) String clientId,
            @FormParam("client_secret") @Size(max = 256) String clientSecret,
            @FormParam("scope") @Size(max = 1024) String scope,
            @HeaderParam("Authorization") @Parameter(hidden = true) String authorization,
            HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        TokenResponse response = switch (grantType == null ? "" : grantType) {
            case "password" -> tokens.password(required(username, "username"), required(password, "password"),
                    blankToNull(tenant), address);
            case "refresh_token" -> tokens.refresh(required(refreshToken, "refresh_token"));
            case "client_credentials" -> {
                String[] basic = basicCredentials(authorization);
                yield tokens.clientCredentials(basic != null ? basic[0] : required(clientId, "client_id"),
                        basic != null ? basic[1] : required(clientSecret, "client_secret"), scope, address);
            }
            case "" -> throw OAuthErrors.invalidRequest("grant_type is required");
            default -> throw OAuthErrors.unsupportedGrantType(grantType);
        };
        return Response.ok(response).header("Pragma", "no-cache").build();
    }

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SecurityRequirements
    @Operation(operationId = "revokeToken", summary = "Sign out: revoke a refresh token and its whole sign-in",
            description = "Always succeeds (RFC 7009 §2.2), so it reveals nothing about the token.")
    @APIResponse(responseCode = "204", description = "Revoked, or there was nothing to revoke")
    public Response revoke(@FormParam("token") @Size(max = 256) @Parameter(required = true) String token) {
        if (token != null && !token.isBlank()) {
            tokens.revoke(token);
        }
        return Response.noContent().build();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw OAuthErrors.invalidRequest(name + " is required for this grant");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw OAuthErrors.invalidClient();
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw OAuthErrors.invalidClient();
        }
    }
}
