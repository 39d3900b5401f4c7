package org.tandem.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/**
 * Disables an endpoint whose every attempt has failed for {@code disable-after} (5 days by default)
 * and tells its owner by mail: the administrator who registered it, or, for an integrator's endpoint,
 * the district's administrators (a client has no mailbox). Its queued deliveries wait; enabling it
 * again sends them.
 */
@ApplicationScoped
class EndpointHealth {

    private static final String DISABLE = "UPDATE webhook_endpoint SET status = 'disabled', updated_at = now(),"
            + " version = version + 1, disabled_reason = 'Every delivery failed since ' || to_char(failing_since AT TIME ZONE 'UTC',"
            + " 'YYYY-MM-DD HH24:MI') || ' UTC' WHERE status = 'enabled' AND deleted_at IS NULL AND failing_since < ?"
            + " RETURNING tenant_id, id, url, owner_account_id";
    private static final String OWNERS = "SELECT email FROM account WHERE tenant_id = ? AND active"
            + " AND (id = ? OR (CAST(? AS uuid) IS NULL AND district_admin))";

    /** The mail outbox's row (platform/mail), written here because this runs outside any request's tenant. */
    private static final String QUEUE_MAIL = "INSERT INTO mail_outbox (tenant_id, id, about_id, recipient, subject, body)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    private final Sql sql;
    private final WebhookSettings settings;
    private final Clock clock;

    EndpointHealth(Sql sql, WebhookSettings settings, Clock clock) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction. */
    void disableLongFailing() {
        record Disabled(String tenant, UUID id, String url, UUID ownerAccount) {
        }
        var disabled = sql.list(DISABLE, rs -> new Disabled(rs.getString("tenant_id"), Sql.uuid(rs, "id"), rs.getString("url"),
                Sql.uuid(rs, "owner_account_id")), clock.instant().minus(settings.disableAfter()));
        for (Disabled endpoint : disabled) {
            String text = "Tandem stopped sending webhooks to " + endpoint.url() + " (endpoint " + endpoint.id() + "):"
                    + " every delivery has failed for more than " + settings.disableAfter().toDays() + " days.\n\n"
                    + "Its deliveries are kept. Fix the receiver, then enable the endpoint again"
                    + " (PATCH /api/v1/webhook-endpoints/" + endpoint.id() + " with {\"status\": \"enabled\"})"
                    + " and they are sent. Every attempt is listed under its deliveries.";
            for (String email : sql.list(OWNERS, rs -> rs.getString(1), endpoint.tenant(), endpoint.ownerAccount(), endpoint.ownerAccount())) {
                sql.update(QUEUE_MAIL, endpoint.tenant(), UUID.randomUUID(), endpoint.id(), email, "A webhook endpoint was disabled", text);
            }
        }
    }
}
