package org.tandem.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.tandem.platform.outbox.DomainEvent;

/**
 * Sends due deliveries. One loop per instance claims what it has room for ({@link DeliveryQueue#claim}:
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so two instances never send the same delivery at once),
 * starts every attempt without waiting for it, and a writer records the outcomes in batches. Each
 * endpoint may hold only {@code max-in-flight-per-endpoint} of the instance's {@code max-in-flight}
 * slots, so a slow endpoint waits on its own deliveries and never delays another's. A crash between
 * sending and recording leaves the claim to expire: the delivery is sent again (at least once).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final DeliveryLog log;
    private final WebhookSettings settings;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Map<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    /** Deliveries this instance has claimed since it started (the two-instance test reads it). */
    private final java.util.concurrent.atomic.AtomicLong claimedSoFar = new java.util.concurrent.atomic.AtomicLong();
    private final LinkedBlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final ExecutorService preparing = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("webhook-prepare-", 0).factory());
    private volatile boolean running;
    private Thread loop;
    private Thread writer;

    WebhookDispatcher(DeliveryQueue queue, WebhookSender sender, DeliveryLog log, WebhookSettings settings) {
        this.queue = queue;
        this.sender = sender;
        this.log = log;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent start) {
        if (!settings.enabled()) {
            return;
        }
        running = true;
        loop = Thread.ofPlatform().daemon().name("webhook-dispatcher").start(this::claimLoop);
        writer = Thread.ofPlatform().daemon().name("webhook-outcomes").start(this::writeLoop);
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        wake();
        if (loop != null) {
            loop.interrupt();
        }
        if (writer != null) {
            try {
                writer.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        preparing.shutdownNow();
    }

    /** How many deliveries this instance has claimed since it started. */
    long claimed() {
        return claimedSoFar.get();
    }

    /** Tells the loop that deliveries may be due now (after a fan-out or a replay). */
    public void wake() {
        wakeUp.release();
    }

    private void claimLoop() {
        while (running) {
            try {
                int free = settings.maxInFlight() - total.get();
                int claimed = free <= 0 ? 0 : dispatch(free);
                if (claimed == 0 || claimed == free) {
                    wakeUp.tryAcquire(claimed == 0 ? 1000 : 20, TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Webhook dispatch failed; trying again shortly", e);
                sleep(1000);
            }
        }
    }

    private int dispatch(int free) {
        Map<UUID, Integer> busy = new java.util.HashMap<>();
        inFlight.forEach((endpoint, count) -> {
            if (count.get() > 0) {
                busy.put(endpoint, count.get());
            }
        });
        List<Claim> claims = queue.claim(free, settings.maxInFlightPerEndpoint(), busy, settings.claimLease());
        if (claims.isEmpty()) {
            return 0;
        }
        claimedSoFar.addAndGet(claims.size());
        Map<Long, DomainEvent> events = queue.events(claims);
        Map<UUID, List<String>> secrets = queue.secrets(claims);
        for (Claim claim : claims) {
            total.incrementAndGet();
            inFlight.computeIfAbsent(claim.endpointId(), id -> new AtomicInteger()).incrementAndGet();
            DomainEvent event = events.get(claim.eventId());
            CompletableFuture<Outcome> attempt = event == null
                    ? CompletableFuture.completedFuture(new Outcome(claim, java.time.Instant.now(), "refused", null, 0, null,
                            "The event no longer exists (erased)", null))
                    : CompletableFuture.supplyAsync(() -> sender.send(claim, event, secrets.getOrDefault(claim.endpointId(), List.of())),
                            preparing).thenCompose(f -> f);
            attempt.whenComplete((outcome, failure) -> {
                inFlight.get(claim.endpointId()).decrementAndGet();
                total.decrementAndGet();
                outcomes.add(outcome != null ? outcome : new Outcome(claim, java.time.Instant.now(), "failed", null, 0, null,
                        String.valueOf(failure), null));
                wake();
            });
        }
        return claims.size();
    }

    private void writeLoop() {
        while (running || !outcomes.isEmpty()) {
            try {
                Outcome first = outcomes.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Outcome> batch = new ArrayList<>();
                batch.add(first);
                outcomes.drainTo(batch, 499);
                try {
                    log.record(batch);
                } catch (RuntimeException e) {
                    // The claims' leases expire and the deliveries are sent again: at least once.
                    LOG.warn("Could not record " + batch.size() + " webhook attempts; they will be retried", e);
                    sleep(1000);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
