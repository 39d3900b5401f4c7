package org.tandem.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.openapi.ProblemCodes;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ProblemCode;
import org.tandem.webhooks.dto.RotatedSecret;
import org.tandem.webhooks.dto.SecretRotation;
import org.tandem.webhooks.dto.WebhookEndpointDraft;
import org.tandem.webhooks.dto.WebhookEndpointChanges;
import org.tandem.webhooks.dto.WebhookEndpointList;
import org.tandem.webhooks.dto.WebhookEndpointView;

/** Webhook endpoints: registered by district administrators and integrators granted webhooks.manage. */
@Path("/api/v1/webhook-endpoints")
@Tag(name = "Webhooks", description = "Standard Webhooks 1.0 deliveries of the district's events (docs/webhooks.md)")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.INTEGRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class WebhookEndpointResource {

    private final WebhookEndpointService endpoints;

    WebhookEndpointResource(WebhookEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "createWebhookEndpoint", summary = "Register a webhook endpoint",
            description = "The answer carries the endpoint's signing secret (`whsec_...`) this once; keep it to verify"
                    + " the `webhook-signature` of every delivery. The URL must be https on a public address (no"
                    + " redirect is followed). Each event type must be one the caller may see: an integrator only those"
                    + " its scopes cover. Integrators see only their own endpoints; district administrators every one of"
                    + " the district.",
            extensions = @Extension(name = "x-idempotent", value = "true"))
    @APIResponse(responseCode = "201", description = "Registered; `secret` is shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEndpointView.class)))
    public Response create(@NotNull @Valid WebhookEndpointDraft draft) {
        WebhookEndpointView view = endpoints.create(draft);
        return Response.status(201).entity(view).header("Location", "/api/v1/webhook-endpoints/" + view.id()).build();
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "The webhook endpoints the caller manages, newest first")
    @APIResponse(responseCode = "200", description = "A page of endpoints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEndpointList.class)))
    public Page<WebhookEndpointView> list(@Valid @BeanParam PageRequest page) {
        return endpoints.list(page);
    }

    @GET
    @Path("/{endpointId}")
    @Operation(operationId = "getWebhookEndpoint", summary = "One webhook endpoint (never its secret)")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEndpointView.class)))
    public WebhookEndpointView get(@PathParam("endpointId") UUID endpointId) {
        return endpoints.get(endpointId);
    }

    @PATCH
    @Path("/{endpointId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "changeWebhookEndpoint", summary = "Change an endpoint: URL, description, event types, status"
            + " (JSON Merge Patch; `If-Match` required)",
            description = "`paused` holds deliveries (they queue); `enabled` sends them, and re-enables an endpoint Tandem"
                    + " disabled (after a 410 or days of failures), whose queued deliveries then go out.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = WebhookEndpointChanges.class)))
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookEndpointView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @ProblemCodes({ProblemCode.INVALID_PATCH})
    public WebhookEndpointView change(@PathParam("endpointId") UUID endpointId, @HeaderParam("If-Match") String ifMatch,
                                      JsonNode patch) {
        return endpoints.change(endpointId, patch, ifMatch);
    }

    @POST
    @Path("/{endpointId}/secret/rotation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the endpoint's signing secret",
            description = "The new secret is shown this once and signs from now on; the previous one keeps signing beside"
                    + " it for `overlapSeconds` (default 24 hours), so each delivery then carries two `v1,` signatures and"
                    + " the receiver can switch at leisure.")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RotatedSecret.class)))
    public RotatedSecret rotate(@PathParam("endpointId") UUID endpointId, @NotNull @Valid SecretRotation rotation) {
        return endpoints.rotate(endpointId, rotation.overlapSeconds());
    }

    @DELETE
    @Path("/{endpointId}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Remove an endpoint, its secrets and its deliveries")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("endpointId") UUID endpointId) {
        endpoints.delete(endpointId);
    }
}
