package org.tandem.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.tandem.platform.outbox.DomainEvent;

/**
 * Sends due deliveries. One loop per instance claims ({@link DeliveryQueue#claim}: {@code FOR UPDATE
 * SKIP LOCKED} and a lease, so two instances never send the same delivery at once) into one lane per
 * endpoint; each lane sends as many at a time as the endpoint's {@link SendWindow} allows (it widens up
 * to {@code max-in-flight-per-endpoint} while the endpoint keeps up, and halves when it struggles) and
 * starts the next of its claims as soon as one answers, without asking the database. A lane holds up to
 * {@value #AHEAD} rounds of its window in claims (in flight and waiting), so a fast endpoint costs one
 * claim per few dozen deliveries instead of one per delivery, and the loop claims again for it when less
 * than a round is left. A slow endpoint waits on its own lane only: its claims never take another
 * endpoint's slots, and the claim itself is per endpoint. A claim that waited in its lane so long that its lease could run out during
 * its attempt is not sent (it is due again when the lease ends). The outcomes are written in batches by
 * a writer thread. A crash between sending and recording leaves the claim to expire: the delivery is
 * sent again (at least once).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Rounds of claims a lane holds: its in-flight slots and three more rounds waiting. */
    static final int AHEAD = 4;

    /** A claimed delivery waiting for a slot in its endpoint's lane. */
    private record Ready(Claim claim, DomainEvent event, List<String> secrets, long claimedAtNanos) {
    }

    /** One endpoint's claims on this instance. Guarded by the dispatcher's monitor. */
    private static final class Lane {
        int inFlight;
        final ArrayDeque<Ready> waiting = new ArrayDeque<>();

        int held() {
            return inFlight + waiting.size();
        }
    }

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final DeliveryLog log;
    private final WebhookSettings settings;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Map<UUID, Lane> lanes = new HashMap<>();
    /** Each endpoint's window, kept while its lane is empty (one small object per endpoint ever sent to). */
    private final Map<UUID, SendWindow> windows = new HashMap<>();
    private int heldInAll;
    /** Deliveries this instance has claimed since it started (the two-instance test reads it). */
    private final AtomicLong claimedSoFar = new AtomicLong();
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
            try {
                loop.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        releaseWaiting();
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

    /** Tells the loop that deliveries may be due now (after a fan-out, a replay, or a lane running low). */
    public void wake() {
        wakeUp.release();
    }

    private int perEndpoint() {
        return settings.maxInFlightPerEndpoint() * AHEAD;
    }

    private int maxHeld() {
        return settings.maxInFlight() * AHEAD;
    }

    private void claimLoop() {
        while (running) {
            try {
                int claimed = dispatch();
                if (claimed == 0) {
                    wakeUp.tryAcquire(1000, TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Webhook dispatch failed; trying again shortly", e);
                sleep(1000);
            }
        }
    }

    /** Claims what the lanes have room for and starts what their slots allow; returns how many it claimed. */
    private int dispatch() {
        Map<UUID, Integer> held = new HashMap<>();
        int room;
        synchronized (this) {
            lanes.forEach((endpoint, lane) -> {
                if (lane.held() > 0) {
                    held.put(endpoint, lane.held());
                }
            });
            // A narrower window holds fewer rounds: its unused rounds count as held, so the claim (whose
            // limit per endpoint is the widest window's) takes only what the window will send soon.
            windows.forEach((endpoint, window) -> {
                int unused = (settings.maxInFlightPerEndpoint() - window.size()) * AHEAD;
                if (unused > 0) {
                    held.merge(endpoint, unused, Integer::sum);
                }
            });
            room = maxHeld() - heldInAll;
        }
        if (room <= 0) {
            return 0;
        }
        List<Claim> claims = queue.claim(room, perEndpoint(), held, settings.claimLease());
        if (claims.isEmpty()) {
            return 0;
        }
        claimedSoFar.addAndGet(claims.size());
        Map<Long, DomainEvent> events = queue.events(claims);
        Map<UUID, List<String>> secrets = queue.secrets(claims);
        long now = System.nanoTime();
        List<UUID> touched = new ArrayList<>();
        synchronized (this) {
            for (Claim claim : claims) {
                Lane lane = lanes.computeIfAbsent(claim.endpointId(), id -> new Lane());
                lane.waiting.add(new Ready(claim, events.get(claim.eventId()), secrets.getOrDefault(claim.endpointId(), List.of()), now));
                heldInAll++;
                touched.add(claim.endpointId());
            }
        }
        touched.stream().distinct().forEach(this::pump);
        return claims.size();
    }

    /** Starts the lane's waiting claims while it has free slots. */
    private void pump(UUID endpoint) {
        List<Ready> starting = new ArrayList<>();
        long stale = staleAfter().toNanos();
        long now = System.nanoTime();
        synchronized (this) {
            Lane lane = lanes.get(endpoint);
            if (lane == null) {
                return;
            }
            int window = window(endpoint).size();
            while (lane.inFlight < window && !lane.waiting.isEmpty()) {
                Ready next = lane.waiting.poll();
                if (now - next.claimedAtNanos() > stale) {
                    // Its lease could run out while it is being sent: another instance may claim it then.
                    heldInAll--;
                    LOG.debugf("Webhook delivery %s waited too long for a slot; due again when its lease ends", next.claim().deliveryId());
                    continue;
                }
                lane.inFlight++;
                starting.add(next);
            }
        }
        starting.forEach(this::start);
    }

    /** The endpoint's window; the caller holds the monitor. */
    private SendWindow window(UUID endpoint) {
        return windows.computeIfAbsent(endpoint, e -> new SendWindow(settings.maxInFlightPerEndpoint()));
    }

    /** The sends the endpoint is allowed at once now (tests). */
    synchronized int windowOf(UUID endpoint) {
        return window(endpoint).size();
    }

    /** How long a claim may wait in its lane: its lease, less one attempt's deadline and a margin. */
    private Duration staleAfter() {
        Duration left = settings.claimLease().minus(settings.requestTimeout()).minus(settings.connectTimeout()).minusSeconds(5);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void start(Ready ready) {
        Claim claim = ready.claim();
        CompletableFuture<Outcome> attempt = ready.event() == null
                ? CompletableFuture.completedFuture(new Outcome(claim, java.time.Instant.now(), "refused", null, 0, null,
                        "The event no longer exists (erased)", null))
                : CompletableFuture.supplyAsync(() -> sender.send(claim, ready.event(), ready.secrets()), preparing)
                        .thenCompose(f -> f);
        attempt.whenComplete((outcome, failure) -> {
            outcomes.add(outcome != null ? outcome : new Outcome(claim, java.time.Instant.now(), "failed", null, 0, null,
                    String.valueOf(failure), null));
            boolean low;
            synchronized (this) {
                Lane lane = lanes.get(claim.endpointId());
                lane.inFlight--;
                heldInAll--;
                SendWindow window = window(claim.endpointId());
                if (outcome != null) {
                    window.answered(outcome);
                }
                low = lane.waiting.size() < window.size();
                if (lane.held() == 0) {
                    lanes.remove(claim.endpointId());
                }
            }
            pump(claim.endpointId());
            if (low) {
                wake();
            }
        });
    }

    /** On stop: the claims still waiting in lanes are given back, due at once for another instance. */
    private void releaseWaiting() {
        List<Claim> unsent = new ArrayList<>();
        synchronized (this) {
            lanes.values().forEach(lane -> {
                lane.waiting.forEach(r -> unsent.add(r.claim()));
                heldInAll -= lane.waiting.size();
                lane.waiting.clear();
            });
        }
        try {
            queue.release(unsent);
        } catch (RuntimeException e) {
            LOG.debugf("Could not give back %d unsent webhook claims; they are due again when their leases end: %s", unsent.size(), e);
        }
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
