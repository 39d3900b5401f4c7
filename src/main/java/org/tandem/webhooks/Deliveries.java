package org.tandem.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;
import org.tandem.webhooks.dto.AttemptView;
import org.tandem.webhooks.dto.DeliveryView;

/** Reading an endpoint's deliveries and their attempts, and replaying one. */
@ApplicationScoped
class Deliveries {

    record Position(Instant createdAt, UUID id) {
    }

    private static final String COLUMNS = "SELECT id, endpoint_id, event_id, event_type, status, attempts, next_attempt_at,"
            + " last_status, last_error, created_at, finished_at FROM webhook_delivery WHERE tenant_id = ? AND endpoint_id = ?";

    private final Sql sql;

    Deliveries(Sql sql) {
        this.sql = sql;
    }

    List<DeliveryView> page(String tenant, UUID endpointId, String status, Position after, int fetch) {
        String filter = status == null ? "" : " AND status = '" + status + "'";
        if (after == null) {
            return sql.list(COLUMNS + filter + " ORDER BY created_at DESC, id DESC LIMIT ?", Deliveries::view, tenant, endpointId, fetch);
        }
        return sql.list(COLUMNS + filter + " AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?",
                Deliveries::view, tenant, endpointId, after.createdAt(), after.id(), fetch);
    }

    Optional<DeliveryView> find(String tenant, UUID endpointId, UUID id) {
        return sql.one(COLUMNS + " AND id = ?", Deliveries::view, tenant, endpointId, id).map(delivery -> {
            List<AttemptView> attempts = sql.list("SELECT attempted_at, outcome, status_code, latency_ms, response_excerpt, error,"
                    + " manual FROM webhook_attempt WHERE tenant_id = ? AND delivery_id = ? ORDER BY id", rs -> new AttemptView(
                    Sql.instant(rs, "attempted_at"), rs.getString("outcome"), (Integer) rs.getObject("status_code"),
                    rs.getInt("latency_ms"), rs.getString("response_excerpt"), rs.getString("error"), rs.getBoolean("manual")),
                    tenant, id);
            return new DeliveryView(delivery.id(), delivery.endpointId(), delivery.messageId(), delivery.eventType(),
                    delivery.status(), delivery.attempts(), delivery.nextAttemptAt(), delivery.lastStatus(), delivery.lastError(),
                    delivery.createdAt(), delivery.finishedAt(), attempts);
        });
    }

    /** Makes the delivery due now, marked as a replay; false when it is being sent right now. */
    boolean replay(String tenant, UUID endpointId, UUID id) {
        return sql.update("UPDATE webhook_delivery SET status = 'pending', next_attempt_at = now(), replay = true, finished_at = NULL"
                + " WHERE tenant_id = ? AND endpoint_id = ? AND id = ?", tenant, endpointId, id) == 1;
    }

    static DeliveryView view(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new DeliveryView(Sql.uuid(rs, "id"), Sql.uuid(rs, "endpoint_id"), WebhookSender.messageId(rs.getLong("event_id")),
                rs.getString("event_type"), status, rs.getInt("attempts"),
                "pending".equals(status) ? Sql.instant(rs, "next_attempt_at") : null, (Integer) rs.getObject("last_status"),
                rs.getString("last_error"), Sql.instant(rs, "created_at"), Sql.instant(rs, "finished_at"), null);
    }
}
