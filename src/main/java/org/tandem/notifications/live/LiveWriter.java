package org.tandem.notifications.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.tandem.messaging.MessagePosted;
import org.tandem.messaging.ThreadRead;
import org.tandem.messaging.thread.ThreadReaders;
import org.tandem.notifications.NotificationCreated;

/**
 * Turns what happened (a message posted, a thread marked read, a notification created) into events
 * of the people concerned, after the change committed. The observers only queue: the request that
 * caused the change (marking read is a hot path in auto-commit) gets no statement added, and a slow
 * database never holds it up. One worker drains the queue in batches, on a connection of its own
 * (never waiting for the request pool): one transaction per batch, with one statement per message to
 * find who may read it (asked of messaging), then the whole batch stored and notified.
 *
 * <p>The queue lives in memory for the milliseconds between commit and storage: events of an instance
 * that dies in that moment are lost, and its apps are not told (they see the change at their next
 * refresh). A full queue drops new events and counts them rather than hold memory without bound.
 *
 * <p>Two meters at {@code /q/metrics} show how it keeps up: {@code tandem.live.writer.pending} (changes
 * queued or in a batch not yet stored: near zero when all is well) and {@code tandem.live.writer.dropped}.
 */
@ApplicationScoped
class LiveWriter {

    private static final Logger LOG = Logger.getLogger(LiveWriter.class);
    private static final int BATCH = 256;

    private sealed interface Change {
    }

    private record Posted(MessagePosted event) implements Change {
    }

    private record Read(ThreadRead event) implements Change {
    }

    private record Notified(NotificationCreated event) implements Change {
    }

    private final ThreadReaders readers;
    private final LiveEventStore store;
    private final LiveConnection connection;
    private final ObjectMapper json;
    private final BlockingQueue<Change> queue;
    private final AtomicLong dropped = new AtomicLong();
    /** Changes accepted and not yet stored or given up: counted before they enter the queue, so never too low. */
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean running;
    private Thread worker;

    LiveWriter(ThreadReaders readers, LiveEventStore store, LiveDatabase database, ObjectMapper json, LiveSettings settings,
               MeterRegistry meters) {
        this.readers = readers;
        this.store = store;
        this.connection = database.own("tandem-live-writer");
        this.json = json;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        Gauge.builder("tandem.live.writer.pending", pending, AtomicLong::get)
                .description("Live updates queued or being stored, not yet stored").register(meters);
        FunctionCounter.builder("tandem.live.writer.dropped", dropped, AtomicLong::get)
                .description("Live updates dropped because the writer's queue was full").register(meters);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = Thread.ofPlatform().name("live-writer").daemon().start(this::drain);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        worker.interrupt();
        try {
            worker.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }

    void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted event) {
        offer(new Posted(event));
    }

    void read(@Observes ThreadRead event) {
        offer(new Read(event));
    }

    void notified(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated event) {
        offer(new Notified(event));
    }

    /** Changes accepted and not yet stored, or given up after a failure (0: everything queued so far is stored). */
    long pending() {
        return pending.get();
    }

    private void offer(Change change) {
        pending.incrementAndGet();
        if (!queue.offer(change)) {
            pending.decrementAndGet();
            long total = dropped.incrementAndGet();
            if (Long.bitCount(total) == 1) {
                LOG.warnf("Live update queue full: %d events dropped so far", total);
            }
        }
    }

    private void drain() {
        List<Change> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                Change first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                connection.inTransaction(c -> {
                    List<LiveEvent.New> events = events(c, batch);
                    if (!events.isEmpty()) {
                        store.append(c, events);
                    }
                    return null;
                });
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "%d live updates not stored", batch.size());
            } finally {
                pending.addAndGet(-batch.size());
                batch.clear();
            }
        }
    }

    /** The batch's events; a change that cannot be turned into events is skipped, a failed statement fails the batch. */
    private List<LiveEvent.New> events(Connection c, List<Change> batch) throws SQLException {
        List<LiveEvent.New> events = new ArrayList<>();
        for (Change change : batch) {
            try {
                add(c, change, events);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Live update for %s not stored", change);
            }
        }
        return events;
    }

    private void add(Connection c, Change change, List<LiveEvent.New> events) throws SQLException {
        switch (change) {
            case Posted(MessagePosted m) -> {
                String data = json(ordered("threadId", m.threadId(), "messageId", m.messageId(), "seq", m.seq(),
                        "authorId", m.authorId(), "postedAt", m.at().toString()));
                readers.of(c, m.tenantId(), m.threadId(), m.authorId()).forEach(reader ->
                        events.add(new LiveEvent.New(m.tenantId(), reader, LiveEventType.MESSAGE_POSTED, data)));
            }
            case Read(ThreadRead r) -> events.add(new LiveEvent.New(r.tenantId(), r.accountId(), LiveEventType.THREAD_READ,
                    json(ordered("threadId", r.threadId(), "readUpToSeq", r.readUpToSeq(), "unreadCount", r.unreadCount()))));
            case Notified(NotificationCreated n) -> events.add(new LiveEvent.New(n.tenantId(), n.recipientId(),
                    LiveEventType.NOTIFICATION_CREATED, json(ordered("notificationId", n.notificationId(), "kind", n.kind(),
                    "title", n.title(), "link", n.link(), "createdAt", n.createdAt() == null ? null : n.createdAt().toString()))));
        }
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private String json(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
