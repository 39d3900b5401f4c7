package org.tandem.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publishes the public keys that verify our tokens (RFC 7517), for resource servers and integrators. */
@Path("/.well-known/jwks.json")
@Tag(name = "Authentication", description = "Tokens, sign-in and the keys that verify tokens")
@PermitAll
public class JwksResource {

    private final TokenKeys keys;

    JwksResource(TokenKeys keys) {
        this.keys = keys;
    }

    /** The key set, as JSON Web Keys. */
    @Schema(name = "JsonWebKeySet")
    public record KeySet(@Schema(required = true, description = "RSA public keys (kty, kid, use, alg, n, e)")
                         List<Map<String, Object>> keys) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "getJsonWebKeySet", summary = "Get the public keys that verify access tokens")
    @APIResponse(responseCode = "200", description = "The current key and any retired keys that still verify",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeySet.class)))
    public Response get() {
        // Public and identical for everyone: safe to cache briefly, unlike personal data.
        return Response.ok(new KeySet(keys.jwks())).header("Cache-Control", "public, max-age=300").build();
    }
}
