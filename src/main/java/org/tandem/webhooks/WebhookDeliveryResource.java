package org.tandem.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.webhooks.dto.DeliveryList;
import org.tandem.webhooks.dto.DeliveryView;

/** An endpoint's deliveries and their attempts, for its owner; a replay by hand. */
@Path("/api/v1/webhook-endpoints/{endpointId}/deliveries")
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearerAuth")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.INTEGRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class WebhookDeliveryResource {

    private final DeliveryService deliveries;

    WebhookDeliveryResource(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's deliveries, newest first",
            description = "Each event the endpoint subscribed to is one delivery, retried until it succeeds or its"
                    + " schedule runs out (`failed`).")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryList.class)))
    public Page<DeliveryView> list(@PathParam("endpointId") UUID endpointId,
                                   @QueryParam("status") @Pattern(regexp = "pending|succeeded|failed")
                                   @Parameter(description = "Only deliveries in this status",
                                           schema = @Schema(enumeration = {"pending", "succeeded", "failed"})) String status,
                                   @Valid @BeanParam PageRequest page) {
        return deliveries.list(endpointId, status, page);
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery with every attempt (status, latency, answer excerpt)")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView get(@PathParam("endpointId") UUID endpointId, @PathParam("deliveryId") UUID deliveryId) {
        return deliveries.get(endpointId, deliveryId);
    }

    @POST
    @Path("/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again now",
            description = "The delivery becomes `pending` and is sent at once with the same `webhook-id` (receivers"
                    + " deduplicate on it); the attempt is marked manual. An endpoint that is paused or disabled sends it"
                    + " when it is enabled again.")
    @APIResponse(responseCode = "200", description = "The delivery, due now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView replay(@PathParam("endpointId") UUID endpointId, @PathParam("deliveryId") UUID deliveryId) {
        return deliveries.replay(endpointId, deliveryId);
    }
}
