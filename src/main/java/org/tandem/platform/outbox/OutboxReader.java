package org.tandem.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/**
 * Reads the outbox in its gap-free order.
 *
 * <p>Ids come from a sequence when a row is inserted, not when it commits, so "every id above my
 * cursor" would skip an event whose transaction commits after a later-numbered one. Instead the log is
 * walked in (writing transaction id, id) order and a read stops at the horizon
 * {@code pg_snapshot_xmin(pg_current_snapshot())}: every transaction below it has ended, every
 * transaction still running (or not yet started) has an id at or above it, so any event that commits
 * later sorts after everything already read. The price: an event waits until every transaction older
 * than its own has ended (a long transaction, such as a roster import, delays readers while it runs).
 */
@ApplicationScoped
public class OutboxReader {

    private static final String COLUMNS = "SELECT tenant_id, id, tx_id::text AS tx, type, subject_id, actor_id, occurred_at, data::text AS data"
            + " FROM domain_event WHERE ";
    private static final String HORIZON = " AND tx_id < pg_snapshot_xmin(pg_current_snapshot())";
    private static final String AFTER = "(tx_id, id) > (CAST(? AS xid8), ?)";

    private static final String ALL = COLUMNS + AFTER + HORIZON + " ORDER BY tx_id, id LIMIT ?";
    private static final String TENANT = COLUMNS + "tenant_id = ? AND " + AFTER + HORIZON + " ORDER BY tx_id, id LIMIT ?";
    private static final String TENANT_TYPES = COLUMNS + "tenant_id = ? AND " + AFTER
            + " AND type = ANY (string_to_array(?, ','))" + HORIZON + " ORDER BY tx_id, id LIMIT ?";

    private final Sql sql;

    OutboxReader(Sql sql) {
        this.sql = sql;
    }

    /** The next events of every tenant after {@code after}, at most {@code limit} (fan-out workers). */
    public List<DomainEvent> after(OutboxPosition after, int limit) {
        return sql.list(ALL, OutboxReader::event, Long.toString(after.txId()), after.id(), limit);
    }

    /** The next events of one tenant after {@code after}; only the given types unless {@code types} is empty. */
    public List<DomainEvent> after(UUID tenantId, OutboxPosition after, Collection<String> types, int limit) {
        if (types == null || types.isEmpty()) {
            return sql.list(TENANT, OutboxReader::event, tenantId.toString(), Long.toString(after.txId()), after.id(), limit);
        }
        for (String type : types) {
            if (type.indexOf(',') >= 0) {
                throw new IllegalArgumentException("An event type has no comma: " + type);
            }
        }
        return sql.list(TENANT_TYPES, OutboxReader::event, tenantId.toString(), Long.toString(after.txId()), after.id(),
                String.join(",", types), limit);
    }

    static DomainEvent event(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new DomainEvent(UUID.fromString(rs.getString("tenant_id")), id,
                new OutboxPosition(Long.parseLong(rs.getString("tx")), id), rs.getString("type"),
                Sql.uuid(rs, "subject_id"), Sql.uuid(rs, "actor_id"), Sql.instant(rs, "occurred_at"), rs.getString("data"));
    }
}
