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
    @Inject
    OutboxPruning pruning;
    @Inject
    org.tandem.platform.persistence.Sql sql;

    @Test
    void anEventIsReadableOnceItsTransactionCommitsAndNeverWhenItRollsBack() {
        UUID tenant = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> events.publish(tenant, "test.kept", subject, null, Map.of("n", 1)));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            events.publish(tenant, "test.lost", subject, null, Map.of());
            throw new IllegalStateException("the change fails");
        }));

        List<DomainEvent> read = visibleAfter(tenant, OutboxPosition.START, 1);
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
            List<DomainEvent> all = visibleAfter(tenant, OutboxPosition.START, 2);
            assertEquals(Set.of("test.first", "test.second"), Set.copyOf(all.stream().map(DomainEvent::type).toList()));

            // A third event committed now sorts after both: a cursor at the end of the page misses nothing.
            OutboxPosition cursor = all.get(all.size() - 1).position();
            insert(first, tenant, "test.third");
            first.commit();
            assertEquals(List.of("test.third"), visibleAfter(tenant, cursor, 1).stream().map(DomainEvent::type).toList());
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
        visibleAfter(tenant, OutboxPosition.START, 2);
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
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
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
                poller.get(150, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100, handled.size(), "each of the 100 events handled exactly once");
        assertEquals(100, Set.copyOf(handled).size());
        assertTrue(consumers.position(consumer).compareTo(OutboxPosition.START) > 0);
    }

    @Test
    void pruningRemovesOnlyOldEventsThatEveryConsumerHasPassed() throws Exception {
        UUID tenant = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement old = connection.prepareStatement(
                "INSERT INTO " + DomainEvents.INSERT_COLUMNS + " VALUES (?, 'test.old', NULL, NULL, now() - interval '400 days', '{}')")) {
            old.setString(1, tenant.toString());
            old.executeUpdate();
            old.executeUpdate();
        }
        QuarkusTransaction.requiringNew().run(() -> events.publish(tenant, "test.recent", null, null, Map.of()));
        String lagging = "test-lagging-" + tenant;
        try (Connection connection = dataSource.getConnection(); PreparedStatement behind = connection.prepareStatement(
                "INSERT INTO outbox_consumer (name) VALUES (?)")) {
            behind.setString(1, lagging);
            behind.executeUpdate();   // at the start of the log: it has passed nothing yet
            pruning.prune();
            assertEquals(3, visibleAfter(tenant, OutboxPosition.START, 3).size(), "a consumer still needs them");
        } finally {
            try (Connection connection = dataSource.getConnection(); PreparedStatement gone = connection.prepareStatement(
                    "DELETE FROM outbox_consumer WHERE name = ?")) {
                gone.setString(1, lagging);
                gone.executeUpdate();
            }
        }
        // Once every consumer is past them, old events go and recent ones stay. Checked in a transaction that
        // is rolled back, so the real consumers' positions are untouched for the other tests.
        QuarkusTransaction.begin();
        try {
            sql.update("UPDATE outbox_consumer SET last_tx = pg_current_xact_id(), last_id = 9223372036854775807");
            pruning.prune();
            assertEquals(List.of("test.recent"), visibleAfter(tenant, OutboxPosition.START, 1).stream().map(DomainEvent::type).toList());
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /**
     * The tenant's events after the cursor once at least {@code expected} are readable: the horizon is
     * the oldest transaction running on the whole database server, which another database's long
     * transaction (a parallel build on a shared server) can hold back for a while.
     */
    private List<DomainEvent> visibleAfter(UUID tenant, OutboxPosition cursor, int expected) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        List<DomainEvent> read = reader.after(tenant, cursor, List.of(), 10);
        while (read.size() < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            read = reader.after(tenant, cursor, List.of(), 10);
        }
        return read;
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
