package org.tandem.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tandem.platform.persistence.Sql;

/**
 * Runs a named consumer of the outbox one batch at a time, exactly once across instances: the batch,
 * what the handler writes and the consumer's new position commit together in one transaction, with
 * the consumer's row locked ({@code FOR UPDATE SKIP LOCKED}: an instance that finds it locked skips
 * this turn). A handler that throws rolls the batch back; it is read again on the next turn, so a
 * handler does quick database work (queue deliveries) and leaves slow work (sending) to its workers.
 */
@ApplicationScoped
public class OutboxConsumers {

    private static final String REGISTER = "INSERT INTO outbox_consumer (name) VALUES (?) ON CONFLICT (name) DO NOTHING";
    private static final String CLAIM = "SELECT last_tx::text AS tx, last_id FROM outbox_consumer WHERE name = ? FOR UPDATE SKIP LOCKED";
    private static final String ADVANCE = "UPDATE outbox_consumer SET last_tx = CAST(? AS xid8), last_id = ?, updated_at = now() WHERE name = ?";
    private static final String POSITION = "SELECT last_tx::text AS tx, last_id FROM outbox_consumer WHERE name = ?";

    private final Sql sql;
    private final OutboxReader reader;

    OutboxConsumers(Sql sql, OutboxReader reader) {
        this.sql = sql;
        this.reader = reader;
    }

    /**
     * Hands the consumer's next batch (at most {@code limit} events, all tenants) to {@code handler} in
     * a new transaction and moves the consumer past it. Returns how many events were handled: 0 when
     * there were none or another instance holds the consumer.
     */
    public int poll(String consumer, int limit, Consumer<List<DomainEvent>> handler) {
        sql.update(REGISTER, consumer);
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<OutboxPosition> claimed = sql.one(CLAIM, rs -> new OutboxPosition(Long.parseLong(rs.getString("tx")),
                    rs.getLong("last_id")), consumer);
            if (claimed.isEmpty()) {
                return 0;
            }
            List<DomainEvent> batch = reader.after(claimed.get(), limit);
            if (batch.isEmpty()) {
                return 0;
            }
            handler.accept(batch);
            OutboxPosition last = batch.get(batch.size() - 1).position();
            sql.update(ADVANCE, Long.toString(last.txId()), last.id(), consumer);
            return batch.size();
        });
    }

    /** Where a consumer stands ({@link OutboxPosition#START} before its first batch). */
    public OutboxPosition position(String consumer) {
        return sql.one(POSITION, rs -> new OutboxPosition(Long.parseLong(rs.getString("tx")), rs.getLong("last_id")), consumer)
                .orElse(OutboxPosition.START);
    }

    /** Moves a new consumer to the end of the log, so it starts with what happens from now on. */
    public void startAtEnd(String consumer) {
        sql.update("INSERT INTO outbox_consumer (name, last_tx, last_id) SELECT ?, COALESCE(last.tx_id, '0'::xid8),"
                + " COALESCE(last.id, 0) FROM (SELECT 1) AS one LEFT JOIN (SELECT tx_id, id FROM domain_event"
                + " WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY tx_id DESC, id DESC LIMIT 1) AS last ON true"
                + " ON CONFLICT (name) DO NOTHING", consumer);
    }
}
