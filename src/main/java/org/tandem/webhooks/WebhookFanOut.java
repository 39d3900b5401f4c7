package org.tandem.webhooks;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.outbox.DomainEvent;
import org.tandem.platform.outbox.OutboxConsumers;
import org.tandem.platform.persistence.Sql;

/**
 * Turns outbox events into deliveries, one per (endpoint, event), in the same transaction that moves
 * the "webhooks" consumer past them ({@link OutboxConsumers}): with any number of instances each event
 * is fanned out once, and the unique key (tenant, endpoint, event) makes a repeat harmless anyway.
 * An endpoint gets an event when it subscribed to the type and its owner may see it: an administrator's
 * endpoint every type, an integrator's only what its client is granted now (a scope taken away stops
 * the deliveries it covered, and a deactivated client gets nothing).
 */
@ApplicationScoped
public class WebhookFanOut {

    static final String CONSUMER = "webhooks";

    /** A live endpoint as the fan-out needs it. */
    record Subscriber(UUID id, Set<String> types, Set<String> clientScopes, boolean clientOwned) {
        boolean wants(String type) {
            return types.contains(type) && (!clientOwned || EventVisibility.covered(clientScopes, type));
        }
    }

    private static final String SUBSCRIBERS = "SELECT w.tenant_id, w.id, w.event_types, w.owner_client_id IS NOT NULL AS client_owned,"
            + " c.scopes FROM webhook_endpoint w LEFT JOIN api_client c ON c.tenant_id = w.tenant_id AND c.id = w.owner_client_id"
            + " AND c.active WHERE w.tenant_id = ANY (string_to_array(?, ',')) AND w.deleted_at IS NULL AND w.status <> 'disabled'";

    private static final String INSERT = "INSERT INTO webhook_delivery (tenant_id, id, endpoint_id, event_id, event_type,"
            + " subject_id, next_attempt_at) SELECT t, gen_random_uuid(), e, i, ty, s, now()"
            + " FROM unnest(string_to_array(?, ','), CAST(string_to_array(?, ',') AS uuid[]), CAST(string_to_array(?, ',') AS bigint[]),"
            + " string_to_array(?, ','), CAST(string_to_array(?, ',', '') AS uuid[])) AS d(t, e, i, ty, s)"
            + " ON CONFLICT (tenant_id, endpoint_id, event_id) DO NOTHING";

    private final OutboxConsumers consumers;
    private final Sql sql;
    private final WebhookSettings settings;
    private final WebhookDispatcher dispatcher;

    WebhookFanOut(OutboxConsumers consumers, Sql sql, WebhookSettings settings, WebhookDispatcher dispatcher) {
        this.consumers = consumers;
        this.sql = sql;
        this.settings = settings;
        this.dispatcher = dispatcher;
    }

    /** Starts the consumer at the end of the log the first time, so a new installation does not replay history. */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        consumers.startAtEnd(CONSUMER);
    }

    @Scheduled(every = "${tandem.webhooks.fan-out-every:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void run() {
        int handled;
        int rounds = 0;
        do {
            handled = fanOutOnce();
            if (handled > 0) {
                dispatcher.wake();
            }
        } while (handled == settings.fanOutBatch() && ++rounds < 20);
    }

    /** Fans out one batch; returns how many events it read. */
    public int fanOutOnce() {
        return consumers.poll(CONSUMER, settings.fanOutBatch(), this::fanOut);
    }

    private void fanOut(List<DomainEvent> batch) {
        Set<String> tenants = new java.util.HashSet<>();
        batch.forEach(event -> tenants.add(event.tenantId().toString()));
        Map<String, List<Subscriber>> byTenant = new HashMap<>();
        sql.list(SUBSCRIBERS, rs -> {
            boolean clientOwned = rs.getBoolean("client_owned");
            java.sql.Array scopes = rs.getArray("scopes");
            Subscriber subscriber = new Subscriber(Sql.uuid(rs, "id"), Set.copyOf(WebhookEndpoints.types(rs.getArray("event_types"))),
                    scopes == null ? Set.of() : Set.copyOf(WebhookEndpoints.types(scopes)), clientOwned);
            byTenant.computeIfAbsent(rs.getString("tenant_id"), t -> new ArrayList<>()).add(subscriber);
            return subscriber;
        }, String.join(",", tenants));
        List<String> t = new ArrayList<>();
        List<String> e = new ArrayList<>();
        List<String> i = new ArrayList<>();
        List<String> ty = new ArrayList<>();
        List<String> s = new ArrayList<>();
        for (DomainEvent event : batch) {
            for (Subscriber subscriber : byTenant.getOrDefault(event.tenantId().toString(), List.of())) {
                if (subscriber.wants(event.type())) {
                    t.add(event.tenantId().toString());
                    e.add(subscriber.id().toString());
                    i.add(Long.toString(event.id()));
                    ty.add(event.type());
                    s.add(event.subjectId() == null ? "" : event.subjectId().toString());
                }
            }
        }
        if (!t.isEmpty()) {
            sql.update(INSERT, String.join(",", t), String.join(",", e), String.join(",", i), String.join(",", ty), String.join(",", s));
        }
    }

    /** Skips the schedule where webhooks are turned off. */
    @jakarta.inject.Singleton
    public static class Disabled implements Scheduled.SkipPredicate {
        private final WebhookSettings settings;

        Disabled(WebhookSettings settings) {
            this.settings = settings;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !settings.enabled();
        }
    }
}
