package org.tandem.notifications.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.tandem.platform.persistence.Sql;

/**
 * The streams open on this instance, by person; the bound on streams per person across instances
 * (through live_stream); heartbeats; and the end of a stream when the session it was opened with ends.
 * This instance proves it is alive at every heartbeat (live_instance), so that the streams of an
 * instance that died stop counting against their people's bound.
 */
@ApplicationScoped
class LiveStreams {

    private static final Logger LOG = Logger.getLogger(LiveStreams.class);

    private record Person(UUID tenantId, UUID accountId) {
    }

    private final Map<Person, Set<LiveStream>> open = new ConcurrentHashMap<>();
    private final Map<UUID, LiveStream> byId = new ConcurrentHashMap<>();
    private final UUID instanceId = UUID.randomUUID();
    private final Sql sql;
    private final LiveEventStore store;
    private final LiveSettings settings;
    private final Clock clock;
    private ScheduledExecutorService heartbeats;
    /** Bookkeeping writes, off the threads that send events (event loops must not block). */
    private ExecutorService bookkeeping;

    LiveStreams(Sql sql, LiveEventStore store, LiveSettings settings, Clock clock) {
        this.sql = sql;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup) {
        bookkeeping = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("live-bookkeeping").daemon().factory());
        heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-heartbeat").daemon().factory());
        long every = settings.heartbeat().toMillis();
        heartbeats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        heartbeats.shutdownNow();
        byId.values().forEach(stream -> stream.close("server_stopping", settings.retry()));
        bookkeeping.shutdown();
    }

    UUID instanceId() {
        return instanceId;
    }

    /**
     * Registers a new stream and enforces the bound: the person's oldest streams beyond it, on this
     * instance or another, are closed (with a {@code closed} event, reason {@code too_many_streams}).
     */
    void register(LiveStream stream) {
        open.computeIfAbsent(new Person(stream.tenantId, stream.accountId), p -> ConcurrentHashMap.newKeySet()).add(stream);
        byId.put(stream.id, stream);
        String tenant = stream.tenantId.toString();
        alive();
        sql.update("INSERT INTO live_stream (tenant_id, account_id, id, instance_id, opened_at) VALUES (?, ?, ?, ?, ?)",
                tenant, stream.accountId, stream.id, instanceId, clock.instant());
        List<UUID> beyond = sql.list("""
                        SELECT s.id FROM live_stream s
                        JOIN live_instance i ON i.id = s.instance_id AND i.seen_at > ?
                        WHERE s.tenant_id = ? AND s.account_id = ?
                        ORDER BY s.opened_at DESC, s.id DESC OFFSET ?""", rs -> Sql.uuid(rs, "id"),
                clock.instant().minus(liveness()), tenant, stream.accountId, settings.maxStreamsPerPerson());
        for (UUID superseded : beyond) {
            LiveStream local = byId.get(superseded);
            if (local != null) {
                local.close("too_many_streams", settings.supersededRetry());
            } else {
                store.signalClose(stream.tenantId, superseded);
            }
        }
    }

    /** The local streams of a person (the listener delivers to them). */
    Set<LiveStream> of(UUID tenantId, UUID accountId) {
        return open.getOrDefault(new Person(tenantId, accountId), Set.of());
    }

    boolean anyIn(UUID tenantId) {
        return !byId.isEmpty() && open.keySet().stream().anyMatch(p -> p.tenantId.equals(tenantId));
    }

    /** Closes a stream another instance (or this one) superseded; nothing when it is not open here. */
    void closeSuperseded(UUID streamId) {
        LiveStream stream = byId.get(streamId);
        if (stream != null) {
            stream.close("too_many_streams", settings.supersededRetry());
        }
    }

    java.util.Collection<LiveStream> all() {
        return byId.values();
    }

    int count() {
        return byId.size();
    }

    /** Called once when a stream ends, whatever ended it. */
    void forget(LiveStream stream) {
        byId.remove(stream.id);
        Set<LiveStream> streams = open.get(new Person(stream.tenantId, stream.accountId));
        if (streams != null) {
            streams.remove(stream);
            if (streams.isEmpty()) {
                open.remove(new Person(stream.tenantId, stream.accountId), streams);
            }
        }
        bookkeeping.execute(() -> {
            try {
                sql.update("DELETE FROM live_stream WHERE tenant_id = ? AND account_id = ? AND id = ?",
                        stream.tenantId.toString(), stream.accountId, stream.id);
            } catch (RuntimeException e) {
                LOG.debugf(e, "Stream %s not removed; pruned once this instance stops proving it is alive", stream.id);
            }
        });
    }

    private void beat() {
        try {
            Instant now = clock.instant();
            for (LiveStream stream : byId.values()) {
                if (!now.isBefore(stream.sessionEndsAt)) {
                    stream.close("session_ended", settings.retry());
                } else {
                    stream.heartbeat();
                }
            }
            if (!byId.isEmpty()) {
                alive();
            }
        } catch (RuntimeException e) {
            LOG.warn("Live heartbeat failed", e);
        }
    }

    private void alive() {
        sql.update("INSERT INTO live_instance (id, seen_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at",
                instanceId, clock.instant());
    }

    /** An instance that has not beaten for three heartbeats is taken for dead. */
    Duration liveness() {
        return settings.heartbeat().multipliedBy(3);
    }
}
