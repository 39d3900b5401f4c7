package org.tandem.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/**
 * Appends domain events to the outbox ({@code domain_event}) in the caller's transaction, so that an
 * event exists if and only if the change it describes committed. Notifications, webhooks and the
 * changes feed read them through {@link OutboxReader} and {@link OutboxConsumers}.
 *
 * <p>A producer names the type ({@code feature.thing_happened}), the main subject's id and a small JSON
 * object of identifiers and what changed. A request that writes in one statement outside a transaction
 * (auto-commit) folds the event into that statement instead: {@link #INSERT_COLUMNS} is the column list.
 */
@ApplicationScoped
public class DomainEvents {

    /** The columns a producer's own statement fills when it appends an event itself. */
    public static final String INSERT_COLUMNS = "domain_event (tenant_id, type, subject_id, actor_id, occurred_at, data)";

    private static final String INSERT = "INSERT INTO " + INSERT_COLUMNS + " VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))";

    private final Sql sql;
    private final ObjectMapper json;
    private final TransactionManager transactions;
    private final Clock clock;

    DomainEvents(Sql sql, ObjectMapper json, TransactionManager transactions, Clock clock) {
        this.sql = sql;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Appends an event of the current tenant; must run inside the transaction that makes the change. */
    public void publish(DomainEventType type, UUID subjectId, UUID actorId, Map<String, ?> data) {
        publish(type.wireName(), subjectId, actorId, data);
    }

    /** Appends an event of the named tenant (jobs that run outside a request); same transaction rule. */
    public void publish(UUID tenantId, DomainEventType type, UUID subjectId, UUID actorId, Map<String, ?> data) {
        publish(tenantId, type.wireName(), subjectId, actorId, data);
    }

    /** Appends an event by its wire name (tests, and types a catalog does not list yet). */
    public void publish(String type, UUID subjectId, UUID actorId, Map<String, ?> data) {
        publish(UUID.fromString(sql.tenant()), type, subjectId, actorId, data);
    }

    /** Appends an event of the named tenant by its wire name. */
    public void publish(UUID tenantId, String type, UUID subjectId, UUID actorId, Map<String, ?> data) {
        requireTransaction(type);
        sql.update(INSERT, tenantId.toString(), type, subjectId, actorId, Instant.now(clock), toJson(data));
    }

    private String toJson(Map<String, ?> data) {
        try {
            return json.writeValueAsString(data == null ? Map.of() : data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data must be plain JSON values", e);
        }
    }

    private void requireTransaction(String type) {
        try {
            if (transactions.getStatus() != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("Event " + type + " published outside an active transaction:"
                        + " it would commit apart from the change it describes");
            }
        } catch (SystemException e) {
            throw new IllegalStateException("Transaction status unknown", e);
        }
    }
}
