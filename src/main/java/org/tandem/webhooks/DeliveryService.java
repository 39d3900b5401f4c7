package org.tandem.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;
import org.tandem.webhooks.dto.DeliveryView;

/** An endpoint's deliveries for its owner: the list, one with its attempts, and a replay by hand. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryService {

    private final WebhookEndpointService endpoints;
    private final Deliveries deliveries;
    private final CursorCodec cursors;
    private final WebhookDispatcher dispatcher;
    private final Sql sql;

    DeliveryService(WebhookEndpointService endpoints, Deliveries deliveries, CursorCodec cursors, WebhookDispatcher dispatcher, Sql sql) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.cursors = cursors;
        this.dispatcher = dispatcher;
        this.sql = sql;
    }

    Page<DeliveryView> list(UUID endpointId, String status, PageRequest page) {
        endpoints.get(endpointId);
        String list = "webhook-deliveries:" + endpointId + ":" + status;
        Deliveries.Position after = cursors.decode(list, page.cursor(), Deliveries.Position.class);
        List<DeliveryView> rows = deliveries.page(sql.tenant(), endpointId, status, after, page.fetchSize());
        return Page.of(rows, page, d -> d, d -> cursors.encode(list, new Deliveries.Position(d.createdAt(), d.id())));
    }

    DeliveryView get(UUID endpointId, UUID deliveryId) {
        endpoints.get(endpointId);
        return deliveries.find(sql.tenant(), endpointId, deliveryId)
                .orElseThrow(() -> ApiException.notFound("Delivery " + deliveryId));
    }

    DeliveryView replay(UUID endpointId, UUID deliveryId) {
        endpoints.get(endpointId);
        String tenant = sql.tenant();
        if (!deliveries.replay(tenant, endpointId, deliveryId)) {
            throw ApiException.notFound("Delivery " + deliveryId);
        }
        dispatcher.wake();
        return deliveries.find(tenant, endpointId, deliveryId).orElseThrow();
    }
}
