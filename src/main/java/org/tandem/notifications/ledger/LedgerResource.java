package org.tandem.notifications.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.access.Roles;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** My own deliveries: the delivery ledger of the notifications I was sent. */
@Path("/api/v1/me/notification-deliveries")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final LedgerService ledger;

    LedgerResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GET
    @RolesAllowed({Roles.GUARDIAN, Roles.STAFF, Roles.SCHOOL_ADMIN, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "listMyNotificationDeliveries", summary = "How my notifications were delivered, newest first",
            description = "Every try on every channel, with the provider's answer: why a push did not arrive, when a held "
                    + "notification goes out.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerViews.DeliveryPage.class)))
    public Page<LedgerViews.Delivery> mine(@Valid @BeanParam PageRequest page) {
        return ledger.mine(page);
    }
}
