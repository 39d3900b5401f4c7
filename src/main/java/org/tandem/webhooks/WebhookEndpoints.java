package org.tandem.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;
import org.tandem.webhooks.dto.WebhookEndpointView;

/** The webhook_endpoint and webhook_secret tables (plain SQL; every statement names the tenant). */
@ApplicationScoped
class WebhookEndpoints {

    /** A position in the owner's list: newest first. */
    record Position(Instant createdAt, UUID id) {
    }

    private static final String COLUMNS = "SELECT w.id, w.url, w.description, w.event_types, w.status, w.disabled_reason,"
            + " w.owner_account_id, w.owner_client_id, w.failing_since, w.created_at, w.updated_at, w.version,"
            + " (SELECT max(s.expires_at) FROM webhook_secret s WHERE s.tenant_id = w.tenant_id AND s.endpoint_id = w.id"
            + " AND s.expires_at > now()) AS previous_expires"
            + " FROM webhook_endpoint w WHERE w.tenant_id = ? AND w.deleted_at IS NULL";

    private final Sql sql;

    WebhookEndpoints(Sql sql) {
        this.sql = sql;
    }

    void insert(String tenant, UUID id, String url, String description, List<String> types, String status,
                UUID ownerAccount, UUID ownerClient) {
        sql.update("INSERT INTO webhook_endpoint (tenant_id, id, url, description, event_types, status, owner_account_id,"
                + " owner_client_id) VALUES (?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?)",
                tenant, id, url, description, String.join(",", types), status, ownerAccount, ownerClient);
    }

    void addSecret(String tenant, UUID endpointId, byte[] sealed) {
        sql.update("INSERT INTO webhook_secret (tenant_id, endpoint_id, id, sealed) VALUES (?, ?, ?, ?)",
                tenant, endpointId, UUID.randomUUID(), sealed);
    }

    /** Sets every secret of the endpoint still signing without an end to end at {@code until}. */
    void retireSecrets(String tenant, UUID endpointId, Instant until) {
        sql.update("UPDATE webhook_secret SET expires_at = ? WHERE tenant_id = ? AND endpoint_id = ?"
                + " AND (expires_at IS NULL OR expires_at > ?)", until, tenant, endpointId, until);
        sql.update("DELETE FROM webhook_secret WHERE tenant_id = ? AND endpoint_id = ? AND expires_at <= now()", tenant, endpointId);
    }

    /** The sealed secrets that sign now, newest first. */
    List<byte[]> signingSecrets(String tenant, UUID endpointId) {
        return sql.list("SELECT sealed FROM webhook_secret WHERE tenant_id = ? AND endpoint_id = ?"
                + " AND (expires_at IS NULL OR expires_at > now()) ORDER BY created_at DESC", rs -> rs.getBytes(1), tenant, endpointId);
    }

    Optional<WebhookEndpointView> find(String tenant, UUID id) {
        return sql.one(COLUMNS + " AND w.id = ?", WebhookEndpoints::view, tenant, id);
    }

    /** Locks the row for a change (and returns it as it is). */
    Optional<WebhookEndpointView> lock(String tenant, UUID id) {
        sql.one("SELECT 1 FROM webhook_endpoint WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL FOR UPDATE",
                rs -> 1, tenant, id);
        return find(tenant, id);
    }

    /** A page of endpoints, newest first; only the client's own when {@code ownerClient} is set. */
    List<WebhookEndpointView> page(String tenant, UUID ownerClient, Position after, int fetch) {
        String owner = ownerClient == null ? "" : " AND w.owner_client_id = '" + ownerClient + "'";
        if (after == null) {
            return sql.list(COLUMNS + owner + " ORDER BY w.created_at DESC, w.id DESC LIMIT ?", WebhookEndpoints::view, tenant, fetch);
        }
        return sql.list(COLUMNS + owner + " AND (w.created_at, w.id) < (?, ?) ORDER BY w.created_at DESC, w.id DESC LIMIT ?",
                WebhookEndpoints::view, tenant, after.createdAt(), after.id(), fetch);
    }

    void update(String tenant, UUID id, String url, String description, List<String> types, String status, String reason) {
        sql.update("UPDATE webhook_endpoint SET url = ?, description = ?, event_types = string_to_array(?, ','), status = ?,"
                + " disabled_reason = ?, failing_since = CASE WHEN ? = 'enabled' AND status <> 'enabled' THEN NULL ELSE failing_since END,"
                + " updated_at = now(), version = version + 1 WHERE tenant_id = ? AND id = ?",
                url, description, String.join(",", types), status, reason, status, tenant, id);
    }

    void touch(String tenant, UUID id) {
        sql.update("UPDATE webhook_endpoint SET updated_at = now(), version = version + 1 WHERE tenant_id = ? AND id = ?", tenant, id);
    }

    /** Removes the endpoint: it gets nothing more, and its secrets and deliveries go with it. */
    void delete(String tenant, UUID id) {
        sql.update("DELETE FROM webhook_endpoint WHERE tenant_id = ? AND id = ?", tenant, id);
    }

    static WebhookEndpointView view(ResultSet rs) throws SQLException {
        UUID account = Sql.uuid(rs, "owner_account_id");
        UUID client = Sql.uuid(rs, "owner_client_id");
        return new WebhookEndpointView(Sql.uuid(rs, "id"), rs.getString("url"), rs.getString("description"),
                types(rs.getArray("event_types")), rs.getString("status"), rs.getString("disabled_reason"),
                account != null ? "account" : "client", account != null ? account : client,
                Sql.instant(rs, "failing_since"), Sql.instant(rs, "previous_expires"), null,
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
    }

    static List<String> types(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
