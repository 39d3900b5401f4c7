package org.tandem.notifications.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.tandem.platform.persistence.Sql;

/**
 * The live_event log: appending (and telling every instance with NOTIFY), reading a NOTIFY's range,
 * replaying a person's events after a {@code Last-Event-ID}, and pruning past the replay window.
 * Appending and reading a NOTIFY's range run on the live threads' own connections, which the caller
 * passes ({@link LiveDatabase}); what a stream's opening asks runs on the pool, like any request.
 *
 * <p>Ids come from one sequence when a row is inserted, not when it commits. So that a reconnecting
 * app's "everything after id N" never skips an event that committed late, each append takes a
 * transaction-scoped advisory lock on its tenant before it draws ids and holds it until commit:
 * within a tenant, ids then commit in increasing order (the NOTIFYs, delivered at commit, too).
 * Appends are one short transaction per batch, so the lock is held for about a millisecond.
 */
@ApplicationScoped
class LiveEventStore {

    private static final String LOCK_TENANT = "SELECT pg_advisory_xact_lock(hashtextextended('tandem_live:' || ?, 0))";
    private static final String APPEND = """
            WITH added AS (
                INSERT INTO live_event (tenant_id, recipient_id, type, data)
                SELECT ?, e.recipient, e.type, CAST(e.data AS jsonb)
                FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[])) AS e (recipient, type, data)
                RETURNING id)
            SELECT min(id) AS first, max(id) AS last FROM added""";
    private static final String NOTIFY = "SELECT pg_notify(?, ?)";
    private static final String RANGE = "SELECT id, recipient_id, type, data::text AS data FROM live_event"
            + " WHERE tenant_id = ? AND id BETWEEN ? AND ? ORDER BY id";
    private static final String REPLAY = "SELECT id, recipient_id, type, data::text AS data FROM live_event"
            + " WHERE tenant_id = ? AND recipient_id = ? AND id > ? ORDER BY id LIMIT ?";
    private static final String HIGH_WATER = "SELECT COALESCE(pg_sequence_last_value('live_event_id_seq'), 0) AS last";
    private static final String FLOOR = "SELECT pruned_through FROM live_replay_floor";
    private static final String PRUNE = """
            WITH gone AS (DELETE FROM live_event WHERE created_at < ? RETURNING id)
            UPDATE live_replay_floor SET pruned_through = GREATEST(pruned_through, COALESCE((SELECT max(id) FROM gone), 0))""";

    private final DataSource dataSource;
    private final Sql sql;
    private final LiveSettings settings;

    LiveEventStore(DataSource dataSource, Sql sql, LiveSettings settings) {
        this.dataSource = dataSource;
        this.sql = sql;
        this.settings = settings;
    }

    /**
     * Stores the events (any tenants) in the connection's transaction and notifies every instance, one
     * NOTIFY per tenant, delivered when the caller commits. Tenants are locked in a fixed order, so that
     * two instances' batches never wait for each other in a cycle.
     */
    void append(Connection connection, List<LiveEvent.New> events) throws SQLException {
        Map<UUID, List<LiveEvent.New>> byTenant = new TreeMap<>();
        events.forEach(e -> byTenant.computeIfAbsent(e.tenantId(), t -> new ArrayList<>()).add(e));
        for (Map.Entry<UUID, List<LiveEvent.New>> tenant : byTenant.entrySet()) {
            String tenantId = tenant.getKey().toString();
            execute(connection, LOCK_TENANT, tenantId);
            List<LiveEvent.New> list = tenant.getValue();
            Array recipients = connection.createArrayOf("uuid", list.stream().map(LiveEvent.New::recipientId).toArray());
            Array types = connection.createArrayOf("text", list.stream().map(LiveEvent.New::type).toArray());
            Array data = connection.createArrayOf("text", list.stream().map(LiveEvent.New::data).toArray());
            long first;
            long last;
            try (PreparedStatement append = connection.prepareStatement(APPEND)) {
                append.setString(1, tenantId);
                append.setArray(2, recipients);
                append.setArray(3, types);
                append.setArray(4, data);
                try (ResultSet rs = append.executeQuery()) {
                    rs.next();
                    first = rs.getLong("first");
                    last = rs.getLong("last");
                }
            }
            execute(connection, NOTIFY, settings.channel(), LiveSignal.events(tenant.getKey(), first, last));
        }
    }

    /** Tells every instance (this one included) to close a stream: the person opened too many. */
    void signalClose(UUID tenantId, UUID streamId) {
        sql.one(NOTIFY, rs -> true, settings.channel(), LiveSignal.close(tenantId, streamId));
    }

    /** The events of one NOTIFY: the tenant's ids from {@code first} to {@code last}, every recipient. */
    List<LiveEvent> range(Connection connection, UUID tenantId, long first, long last) throws SQLException {
        return Sql.list(connection, RANGE, LiveEventStore::event, tenantId.toString(), first, last);
    }

    /** A person's events after {@code afterId}, oldest first, at most {@code limit} (a stream opening: the pool). */
    List<LiveEvent> after(UUID tenantId, UUID recipientId, long afterId, int limit) {
        return sql.list(REPLAY, LiveEventStore::event, tenantId.toString(), recipientId, afterId, limit);
    }

    /** The same, for a stream catching up after a lost LISTEN, on the delivery's own connection. */
    List<LiveEvent> after(Connection connection, UUID tenantId, UUID recipientId, long afterId, int limit) throws SQLException {
        return Sql.list(connection, REPLAY, LiveEventStore::event, tenantId.toString(), recipientId, afterId, limit);
    }

    /**
     * The id every event of this tenant committed so far is at or below: read under the tenant's lock,
     * so no append of the tenant is between drawing its ids and committing them.
     */
    long highWater(UUID tenantId) {
        // A short transaction on a pooled connection: a stream's opening is a request.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(HIGH_WATER)) {
                execute(connection, LOCK_TENANT, tenantId.toString());
                long last;
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    last = rs.getLong("last");
                }
                connection.commit();
                return last;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Live updates' high-water mark could not be read", e);
        }
    }

    /** Every event at or below this id has been pruned. */
    long floor() {
        return sql.one(FLOOR, rs -> rs.getLong(1)).orElse(0L);
    }

    /** Deletes the events older than {@code before} and raises the floor past them; returns how many went. */
    void prune(Instant before) {
        sql.update(PRUNE, before);
    }

    private static LiveEvent event(ResultSet rs) throws SQLException {
        return new LiveEvent(rs.getLong("id"), Sql.uuid(rs, "recipient_id"), rs.getString("type"), rs.getString("data"));
    }

    private static void execute(Connection connection, String statement, String... params) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                prepared.setString(i + 1, params[i]);
            }
            prepared.execute();
        }
    }
}
