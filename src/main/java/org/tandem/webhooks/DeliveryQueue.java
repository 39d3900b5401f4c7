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
     * Due deliveries, endpoint by endpoint: for each enabled endpoint its oldest due ones, at most
     * {@code perEndpoint} less what this instance already holds for it, then the oldest of those up to
     * the limit. An endpoint with a backlog of thousands takes only its share, so the others' deliveries
     * are claimed beside it (a single walk of everyone's due deliveries in time order would fill every
     * claim with the backlog). The claimed rows' next_attempt_at moves past the lease, which hides them
     * from every other claim until the outcome is recorded or the lease runs out.
     *
     * <p>The {@code UPDATE} finds the claimed rows by their {@code ctid} (a TID scan of exactly those
     * rows): joined by key, PostgreSQL hashed the whole table (every delivery kept for the retention
     * period) at each claim. The ctids cannot move in between: the rows are locked by the same statement.
     */
    private static final String CLAIM = """
            WITH held AS (
                SELECT * FROM unnest(CAST(string_to_array(?, ',') AS uuid[]), CAST(string_to_array(?, ',') AS int[])) AS h(endpoint_id, n)
            ), open_endpoint AS (
                SELECT w.tenant_id, w.id, w.url, CAST(? AS int) - COALESCE(h.n, 0) AS room
                FROM webhook_endpoint w LEFT JOIN held h ON h.endpoint_id = w.id
                WHERE w.status = 'enabled' AND w.deleted_at IS NULL
            ), due AS (
                SELECT d.tenant_id, d.id, d.row_ctid, d.next_attempt_at, o.url
                FROM open_endpoint o CROSS JOIN LATERAL (
                    SELECT x.tenant_id, x.id, x.ctid AS row_ctid, x.next_attempt_at FROM webhook_delivery x
                    WHERE x.tenant_id = o.tenant_id AND x.endpoint_id = o.id AND x.status = 'pending' AND x.next_attempt_at <= now()
                    ORDER BY x.next_attempt_at
                    LIMIT greatest(o.room, 0)
                    FOR UPDATE SKIP LOCKED) d
                ORDER BY d.next_attempt_at
                LIMIT ?
            )
            UPDATE webhook_delivery d SET next_attempt_at = now() + CAST(? AS interval)
            FROM due c
            WHERE d.ctid = ANY (ARRAY(SELECT row_ctid FROM due)) AND d.ctid = c.row_ctid
              AND d.tenant_id = c.tenant_id AND d.id = c.id
            RETURNING d.tenant_id, d.id, d.endpoint_id, c.url, d.event_id, d.attempts, d.replay""";

    /** Claims given back unsent (the instance is stopping): due again at once for any instance. */
    private static final String RELEASE = "UPDATE webhook_delivery SET next_attempt_at = now() FROM unnest(string_to_array(?, ','),"
            + " CAST(string_to_array(?, ',') AS uuid[])) AS k(t, i) WHERE tenant_id = k.t AND id = k.i AND status = 'pending'";

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

    /**
     * Claims up to {@code limit} due deliveries, at most {@code perEndpoint} per endpoint counting the
     * ones this instance already holds ({@code held}).
     */
    List<Claim> claim(int limit, int perEndpoint, Map<UUID, Integer> held, Duration lease) {
        String heldIds = held.keySet().stream().map(UUID::toString).collect(Collectors.joining(","));
        String heldCounts = held.keySet().stream().map(id -> held.get(id).toString()).collect(Collectors.joining(","));
        return sql.list(CLAIM, rs -> new Claim(rs.getString("tenant_id"), Sql.uuid(rs, "id"), Sql.uuid(rs, "endpoint_id"),
                        rs.getString("url"), rs.getLong("event_id"), rs.getInt("attempts"), rs.getBoolean("replay")),
                heldIds, heldCounts, perEndpoint, limit, lease.toMillis() + " milliseconds");
    }

    /** Gives claims back without an attempt, so they are due again now rather than when their lease ends. */
    void release(List<Claim> claims) {
        if (!claims.isEmpty()) {
            sql.update(RELEASE, claims.stream().map(Claim::tenant).collect(Collectors.joining(",")),
                    claims.stream().map(c -> c.deliveryId().toString()).collect(Collectors.joining(",")));
        }
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
