package org.tandem.notifications.push;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.notifications.channel.OutgoingNotification;
import org.tandem.platform.persistence.Sql;
import org.tandem.testsupport.TestDistrict;

/**
 * Benchmark (bench/scripts/push.sh, not part of make test): the push channel's sends per second to a
 * local Web Push service stub that answers 201 at once, so what is measured is our side: reading the
 * recipient's devices, RFC 8291 encryption, the VAPID signature, the HTTP exchange, and the bookkeeping
 * (last_sent_at). 2,000 recipients with one browser each, delivered by 1, 2 and 4 worker threads.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.push", matches = "true")
class PushSendsBench {

    private static final int RECIPIENTS = Integer.getInteger("bench.push.recipients", 2000);

    @Inject
    PushChannel push;
    @Inject
    Sql sql;

    @Test
    void sendsPerSecond() throws Exception {
        AtomicLong received = new AtomicLong();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        stub.createContext("/push/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        stub.setExecutor(Executors.newFixedThreadPool(4));
        stub.start();
        StringBuilder report = new StringBuilder("push channel, Web Push to a loopback stub (answers 201), "
                + RECIPIENTS + " recipients x 1 browser; load average before: " + loadAverage() + "\n");
        try {
            TestDistrict d = TestDistrict.create();
            String p256dh = PushFixtures.p256dh();
            String auth = PushFixtures.auth();
            List<UUID> recipients = new ArrayList<>();
            for (int i = 0; i < RECIPIENTS; i++) {
                UUID account = UUID.randomUUID();
                recipients.add(account);
                sql.update("""
                                INSERT INTO push_device (tenant_id, id, account_id, platform, address, p256dh, auth_secret,
                                                         created_at, updated_at) VALUES (?, ?, ?, 'web', ?, ?, ?, now(), now())""",
                        d.tenantId.toString(), UUID.randomUUID(), account,
                        "http://127.0.0.1:" + stub.getAddress().getPort() + "/push/" + account, p256dh, auth);
            }
            run(d, recipients.subList(0, Math.min(200, RECIPIENTS)), 2, null); // warm-up
            for (int threads : new int[] {1, 2, 4}) {
                run(d, recipients, threads, report);
            }
        } finally {
            stub.stop(0);
        }
        report.append("load average after: ").append(loadAverage()).append("\n");
        Path out = Path.of(System.getProperty("bench.push.out", "target/bench-push.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.print(report);
    }

    private void run(TestDistrict d, List<UUID> recipients, int threads, StringBuilder report) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long[] latencies = new long[recipients.size()];
        List<Future<DeliveryOutcome.Status>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < recipients.size(); i++) {
            int index = i;
            UUID recipient = recipients.get(i);
            results.add(workers.submit(() -> {
                long t0 = System.nanoTime();
                DeliveryOutcome outcome = push.deliver(new OutgoingNotification(d.tenantId, UUID.randomUUID(), recipient,
                        "message.posted", "New message from Ms. Rivera", "Reminder: the field trip form is due Friday.",
                        "/threads/" + recipient, Map.of("threadId", recipient.toString()), false, "en", "thread")).get(0);
                latencies[index] = System.nanoTime() - t0;
                return outcome.status();
            }));
        }
        long sent = 0;
        for (Future<DeliveryOutcome.Status> result : results) {
            if (result.get() == DeliveryOutcome.Status.SENT) {
                sent++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        workers.shutdown();
        if (report != null) {
            Arrays.sort(latencies);
            report.append(String.format("threads=%d sent=%d/%d in %.2f s: %.0f sends/s, p50 %.1f ms, p99 %.1f ms%n",
                    threads, sent, recipients.size(), seconds, sent / seconds,
                    latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6));
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " at " + Instant.now();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
