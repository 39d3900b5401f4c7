package org.tandem.notifications.push;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The VAPID public key a web app passes to {@code pushManager.subscribe} as its applicationServerKey. */
@Path("/api/v1/push/web-push-key")
@Tag(name = "Notifications")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WebPushKeyResource {

    @Schema(name = "WebPushKey")
    public record WebPushKey(
            @Schema(required = true, description = "base64url, the uncompressed P-256 point (RFC 8292 §3.2)") String publicKey) {
    }

    private final VapidKeyPair keys;

    WebPushKeyResource(VapidKeyPair keys) {
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "getWebPushKey", summary = "Get the VAPID public key for Web Push subscriptions",
            description = "Public (a public key): a web app reads it before it subscribes, then registers the "
                    + "subscription with registerPushDevice.")
    @APIResponse(responseCode = "200", description = "The key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebPushKey.class)))
    public WebPushKey get() {
        return new WebPushKey(keys.publicKey());
    }
}
