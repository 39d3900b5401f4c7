package org.tandem.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.platform.outbox.DomainEvent;
import org.tandem.platform.persistence.Sql;

/** The dispatcher's statements: claiming due deliveries, and loading their events and secrets in bulk. */
@ApplicationScoped
class DeliveryQueue {

    /**
     * Due deliveries of enabled endpoints, oldest due first, at most {@code perEndpoint} (less what the
     * instance already sends to it) per endpoint. The claimed rows' next_attempt_at moves past the lease,
     * which hides them from every other claim until the outcome is recorded or the lease runs out.
     */
    private static final String CLAIM = """
            WITH busy AS (
                SELECT * FROM unnest(CAST(string_to_array(?, ',') AS uuid[]), CAST(string_to_array(?, ',') AS int[])) AS b(endpoint_id, n)
            ), candidates AS (
                SELECT d.tenant_id, d.id, d.endpoint_id, d.next_attempt_at, d.event_id, d.attempts, d.replay, w.url
                FROM webhook_delivery d
                JOIN webhook_endpoint w ON w.tenant_id = d.tenant_id AND w.id = d.endpoint_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND w.status = 'enabled' AND w.deleted_at IS NULL
                ORDER BY d.next_attempt_at
                LIMIT ?
                FOR UPDATE OF d SKIP LOCKED
            ), chosen AS (
                SELECT c.*, row_number() OVER (PARTITION BY c.endpoint_id ORDER BY c.next_attempt_at) AS rank,
                       COALESCE(b.n, 0) AS busy
                FROM candidates c LEFT JOIN busy b ON b.endpoint_id = c.endpoint_id
            )
            UPDATE webhook_delivery d SET next_attempt_at = now() + CAST(? AS interval)
            FROM (SELECT * FROM chosen WHERE rank + busy <= ? ORDER BY next_attempt_at LIMIT ?) AS c
            WHERE d.tenant_id = c.tenant_id AND d.id = c.id
            RETURNING d.tenant_id, d.id, d.endpoint_id, c.url, d.event_id, d.attempts, d.replay""";

    private static final String EVENTS = "SELECT e.tenant_id, e.id, e.tx_id::text AS tx, e.type, e.subject_id, e.actor_id,"
            + " e.occurred_at, e.data::text AS data FROM domain_event e JOIN unnest(string_to_array(?, ','),"
            + " CAST(string_to_array(?, ',') AS bigint[])) AS k(t, i) ON e.tenant_id = k.t AND e.id = k.i";

    private static final String SECRETS = "SELECT s.tenant_id, s.endpoint_id, s.sealed FROM webhook_secret s JOIN unnest("
            + "string_to_array(?, ','), CAST(string_to_array(?, ',') AS uuid[])) AS k(t, e) ON s.tenant_id = k.t AND s.endpoint_id = k.e"
            + " WHERE s.expires_at IS NULL OR s.expires_at > now() ORDER BY s.created_at DESC";

    private final Sql sql;
    private final SecretBox box;

    DeliveryQueue(Sql sql, SecretBox box) {
        this.sql = sql;
        this.box = box;
    }

    List<Claim> claim(int limit, int perEndpoint, Map<UUID, Integer> busy, Duration lease) {
        String busyIds = busy.keySet().stream().map(UUID::toString).collect(Collectors.joining(","));
        String busyCounts = busy.keySet().stream().map(id -> busy.get(id).toString()).collect(Collectors.joining(","));
        return sql.list(CLAIM, rs -> new Claim(rs.getString("tenant_id"), Sql.uuid(rs, "id"), Sql.uuid(rs, "endpoint_id"),
                        rs.getString("url"), rs.getLong("event_id"), rs.getInt("attempts"), rs.getBoolean("replay")),
                busyIds, busyCounts, limit * 4, lease.toMillis() + " milliseconds", perEndpoint, limit);
    }

    /** The claimed deliveries' events, by id (an erased event is missing). */
    Map<Long, DomainEvent> events(List<Claim> claims) {
        Map<Long, DomainEvent> events = new HashMap<>();
        sql.list(EVENTS, rs -> {
            long id = rs.getLong("id");
            DomainEvent event = new DomainEvent(UUID.fromString(rs.getString("tenant_id")), id,
                    new org.tandem.platform.outbox.OutboxPosition(Long.parseLong(rs.getString("tx")), id), rs.getString("type"),
                    Sql.uuid(rs, "subject_id"), Sql.uuid(rs, "actor_id"), Sql.instant(rs, "occurred_at"), rs.getString("data"));
            events.put(id, event);
            return event;
        }, claims.stream().map(Claim::tenant).collect(Collectors.joining(",")),
                claims.stream().map(c -> Long.toString(c.eventId())).collect(Collectors.joining(",")));
        return events;
    }

    /** The secrets that sign now for each claimed endpoint, newest first, opened. */
    Map<UUID, List<String>> secrets(List<Claim> claims) {
        Map<UUID, String> tenants = new HashMap<>();
        claims.forEach(c -> tenants.put(c.endpointId(), c.tenant()));
        Map<UUID, List<String>> secrets = new HashMap<>();
        sql.list(SECRETS, rs -> {
            UUID endpoint = Sql.uuid(rs, "endpoint_id");
            secrets.computeIfAbsent(endpoint, e -> new java.util.ArrayList<>()).add(box.open(rs.getString("tenant_id"), rs.getBytes("sealed")));
            return endpoint;
        }, String.join(",", tenants.values()), tenants.keySet().stream().map(UUID::toString).collect(Collectors.joining(",")));
        return secrets;
    }
}
