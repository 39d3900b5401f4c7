package org.tandem.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.TestDistrict;

/**
 * The notifications benchmark (make bench-notifications; not part of make test, whose includes end in
 * "Test"): an announcement to {@code bench.notifications.recipients} families (2,000 by default), timed from
 * the post to every ledger row final, with the scheduled workers of the application running as in
 * production (push is absent here: each family is pushed → skipped → mailed) and a local SMTP server
 * (GreenMail) receiving the mail. Writes the figures to {@code bench.notifications.out} when set.
 */
@QuarkusTest
@TestProfile(NotificationBench.Workers.class)
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = true)
class NotificationBench {

    /** The workers on their schedule, polling often (the production default is 1s). */
    public static class Workers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.notifications.workers-enabled", "true", "tandem.notifications.poll-every", "200ms");
        }
    }

    @Test
    void anAnnouncementToTwoThousandFamilies() throws Exception {
        int families = Integer.getInteger("bench.notifications.recipients", 2000);
        TestDistrict d = TestDistrict.create();
        Families.addToClass(d.tenantId, d.schoolId, d.classB, families, "en");
        waitUntil(() -> open(d) == 0 && outboxDrained(), Duration.ofMinutes(2)); // what the setup left
        SmtpServer.greenMail.purgeEmailFromAllMailboxes();

        Instant start = Instant.now();
        Notifications.announce(d.teacherB(), d.classB, "Snow day", "School is closed tomorrow");
        Instant posted = Instant.now();
        waitUntil(() -> count(d, "SELECT count(*) FROM notification WHERE tenant_id = ?1") >= families, Duration.ofMinutes(5));
        Instant fannedOut = Instant.now();
        waitUntil(() -> open(d) == 0 && SmtpServer.greenMail.getReceivedMessages().length >= families, Duration.ofMinutes(10));
        Instant done = Instant.now();

        long rows = count(d, "SELECT count(*) FROM notification_delivery WHERE tenant_id = ?1");
        long mailed = count(d, "SELECT count(*) FROM notification_delivery WHERE tenant_id = ?1 AND channel = 'email' AND state = 'sent'");
        int received = SmtpServer.greenMail.getReceivedMessages().length;
        String report = String.format("""
                notifications benchmark: an announcement to %d families (+1), push absent (skipped → email), GreenMail SMTP
                  post request        %6d ms
                  fan-out (feed+ledger) %4d ms after the post
                  every ledger row final %4d ms after the post (%d rows; %d emails sent, %d received by SMTP)
                  total                %6d ms
                """, families, Duration.between(start, posted).toMillis(), Duration.between(posted, fannedOut).toMillis(),
                Duration.between(posted, done).toMillis(), rows, mailed, received, Duration.between(start, done).toMillis());
        System.out.println(report);
        String out = System.getProperty("bench.notifications.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), report);
        }
        Assertions.assertEquals(families + 1, mailed, "every family (and guardian B) was mailed once");
        Assertions.assertEquals(families + 1, received);
    }

    private static boolean outboxDrained() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em().createNativeQuery("""
                SELECT count(*) FROM domain_event e, outbox_consumer c WHERE c.name = 'notifications'
                  AND (e.tx_id, e.id) > (c.last_tx, c.last_id)""").getSingleResult()).longValue()) == 0;
    }

    private static long open(TestDistrict d) {
        return count(d, "SELECT count(*) FROM notification_delivery WHERE tenant_id = ?1 AND state IN ('queued', 'held')");
    }

    private static long count(TestDistrict d, String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em().createNativeQuery(sql)
                .setParameter(1, d.tenantId.toString()).getSingleResult()).longValue());
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not done within " + limit);
            }
            Thread.sleep(100);
        }
    }

    private static EntityManager em() {
        return CDI.current().select(EntityManager.class).get();
    }
}
