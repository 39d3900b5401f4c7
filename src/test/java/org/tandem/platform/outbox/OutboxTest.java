package org.tandem.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The outbox: an event exists exactly when its change committed, and its walk never skips one. */
@QuarkusTest
class OutboxTest {

    @Inject
    DomainEvents events;
    @Inject
    OutboxReader reader;
    @Inject
    OutboxConsumers consumers;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEventIsReadableOnceItsTransactionCommitsAndNeverWhenItRollsBack() {
        UUID tenant = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> events.publish(tenant, "test.kept", subject, null, Map.of("n", 1)));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            events.publish(tenant, "test.lost", subject, null, Map.of());
            throw new IllegalStateException("the change fails");
        }));

        List<DomainEvent> read = reader.after(tenant, OutboxPosition.START, List.of(), 10);
        assertEquals(List.of("test.kept"), read.stream().map(DomainEvent::type).toList());
        assertEquals(subject, read.get(0).subjectId());
        assertEquals("{\"n\": 1}", read.get(0).data());
        assertEquals(tenant, read.get(0).tenantId());
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> events.publish(UUID.randomUUID(), "test.loose", null, null, Map.of()));
    }

    @Test
    void anEventCommittedAfterALaterNumberedOneIsStillReadAfterTheCursorThatPassedIt() throws Exception {
        UUID tenant = UUID.randomUUID();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insert(first, tenant, "test.first");   // takes the lower id ...
            insert(second, tenant, "test.second"); // ... this one the higher id, and commits first
            second.commit();

            List<DomainEvent> whileFirstRuns = reader.after(tenant, OutboxPosition.START, List.of(), 10);
            assertEquals(List.of(), whileFirstRuns, "nothing past a transaction that may still commit an earlier event");

            first.commit();
            List<DomainEvent> all = reader.after(tenant, OutboxPosition.START, List.of(), 10);
            assertEquals(Set.of("test.first", "test.second"), Set.copyOf(all.stream().map(DomainEvent::type).toList()));

            // A third event committed now sorts after both: a cursor at the end of the page misses nothing.
            OutboxPosition cursor = all.get(all.size() - 1).position();
            insert(first, tenant, "test.third");
            first.commit();
            assertEquals(List.of("test.third"), reader.after(tenant, cursor, List.of(), 10).stream().map(DomainEvent::type).toList());
        }
    }

    @Test
    void aTenantsWalkCanBeNarrowedToSomeTypes() {
        UUID tenant = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            events.publish(tenant, "test.wanted", null, null, Map.of());
            events.publish(tenant, "test.other", null, null, Map.of());
        });
        QuarkusTransaction.requiringNew().run(() -> events.publish(UUID.randomUUID(), "test.wanted", null, null, Map.of()));
        assertEquals(List.of("test.wanted"),
                reader.after(tenant, OutboxPosition.START, List.of("test.wanted"), 10).stream().map(DomainEvent::type).toList());
    }

    @Test
    void twoPollersOfOneConsumerHandleEachEventOnce() throws Exception {
        UUID tenant = UUID.randomUUID();
        String consumer = "test-" + tenant;
        consumers.startAtEnd(consumer);
        for (int batch = 0; batch < 10; batch++) {
            int base = batch * 10;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 10; i++) {
                    events.publish(tenant, "test.counted", null, null, Map.of("n", base + i));
                }
            });
        }
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> pollers = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int p = 0; p < 2; p++) {
                pollers.add(pool.submit(() -> {
                    start.await();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (seen.size() < 100 && System.nanoTime() < deadline) {
                        consumers.poll(consumer, 7, batch -> batch.stream().filter(e -> e.tenantId().equals(tenant))
                                .forEach(e -> {
                                    handled.add(e.data());
                                    seen.add(e.id());
                                }));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> poller : pollers) {
                poller.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100, handled.size(), "each of the 100 events handled exactly once");
        assertEquals(100, Set.copyOf(handled).size());
        assertTrue(consumers.position(consumer).compareTo(OutboxPosition.START) > 0);
    }

    private static void insert(Connection connection, UUID tenant, String type) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + DomainEvents.INSERT_COLUMNS
                + " VALUES (?, ?, NULL, NULL, now(), '{}')")) {
            insert.setString(1, tenant.toString());
            insert.setString(2, type);
            insert.executeUpdate();
        }
    }
}
