package org.tandem.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.TestDistrict;

/**
 * Two instances on one database deliver each event to each endpoint once. The second instance is a
 * second dispatcher (its own claim loop, in-flight slots and outcome writer) and extra fan-out pollers
 * in this JVM, competing with the application's own through the database exactly as another process
 * would: the outbox consumer's row lock, the deliveries' unique key and the claims' SKIP LOCKED lease.
 */
@QuarkusTest
class TwoInstancesTest {

    @Inject
    DeliveryQueue queue;
    @Inject
    WebhookSender sender;
    @Inject
    DeliveryLog log;
    @Inject
    WebhookSettings settings;
    @Inject
    WebhookDispatcher first;
    @Inject
    WebhookFanOut fanOut;

    @Test
    void eachEventReachesEachEndpointOnce() throws Exception {
        TestDistrict d = TestDistrict.create();
        try (Receiver receiver = new Receiver()) {
            Hooks.register(d.districtAdmin(), receiver.url("/a"), "goal.agreed");
            Hooks.register(d.districtAdmin(), receiver.url("/b"), "goal.agreed", "goal.achieved");
            WebhookDispatcher second = new WebhookDispatcher(queue, sender, log, settings);
            second.onStart(new StartupEvent());
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pollers = Executors.newFixedThreadPool(2);
            long firstBefore = first.claimed();
            try {
                List<Future<?>> fanning = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    fanning.add(pollers.submit(() -> {
                        while (running.get()) {
                            if (fanOut.fanOutOnce() > 0) {
                                second.wake();
                            }
                        }
                        return null;
                    }));
                }
                for (int batch = 0; batch < 10; batch++) {
                    Hooks.publish(d.tenantId, "goal.agreed", 15);
                    Hooks.publish(d.tenantId, "goal.achieved", 5);
                }
                Hooks.await("every delivery arrives", Duration.ofSeconds(60),
                        () -> receiver.at("/a").size() >= 150 && receiver.at("/b").size() >= 200);
                Thread.sleep(1500); // a duplicate would arrive now
                running.set(false);
                for (Future<?> f : fanning) {
                    f.get(10, TimeUnit.SECONDS);
                }
            } finally {
                running.set(false);
                pollers.shutdownNow();
                second.onStop(new ShutdownEvent());
            }
            Map<String, Long> a = counts(receiver.at("/a"));
            Map<String, Long> b = counts(receiver.at("/b"));
            assertEquals(150, a.size());
            assertEquals(200, b.size());
            assertTrue(a.values().stream().allMatch(n -> n == 1), "no event twice to /a");
            assertTrue(b.values().stream().allMatch(n -> n == 1), "no event twice to /b");
            // How the work split is up to timing (in the whole suite one loop sometimes claims everything):
            // the point is that however it splits, nothing goes out twice.
            System.out.printf("two instances: the application's dispatcher claimed %d, the second %d%n",
                    first.claimed() - firstBefore, second.claimed());
        }
    }

    private static Map<String, Long> counts(List<Receiver.Received> requests) {
        return requests.stream().collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
    }
}
