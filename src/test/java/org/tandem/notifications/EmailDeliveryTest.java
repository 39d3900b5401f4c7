package org.tandem.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notifications.delivery.DeliveryWorker;
import org.tandem.notifications.fanout.NotificationFanOut;
import org.tandem.testsupport.TestDistrict;

/**
 * Email goes out over SMTP to a real server (GreenMail), in the recipient's language; and with the
 * workers of two instances racing on one database, every recipient gets exactly one mail and every
 * ledger row ends final.
 */
@QuarkusTest
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = true)
class EmailDeliveryTest {

    private TestDistrict d;

    @BeforeEach
    void district() throws Exception {
        d = TestDistrict.create();
        Notifications.runWorkers(); // what earlier tests left in the outbox
        SmtpServer.greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void anAnnouncementIsMailedInTheRecipientsLanguageThroughSmtp() throws Exception {
        Notifications.sql("UPDATE account SET preferred_language = 'es' WHERE id = ?1", d.guardianAAccount);
        Notifications.announce(d.teacherA(), d.classA, "Excursión", "Traigan almuerzo el viernes");
        Notifications.runWorkers();

        MimeMessage[] mails = SmtpServer.greenMail.getReceivedMessages();
        assertEquals(1, mails.length, "one mail, to the one family of class A");
        MimeMessage mail = mails[0];
        assertEquals("parent.a@" + d.tenantId.toString().substring(0, 8) + ".test", mail.getAllRecipients()[0].toString());
        assertEquals("Anuncio de Teacher A", mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("Abrir en Tandem"), body);
        assertTrue(body.contains("/threads/"), body);
        assertEquals(java.util.Map.of("push", "skipped", "email", "sent"),
                Notifications.ledger(d.tenantId, d.guardianAAccount, "announcement.posted"));
    }

    @Test
    void twoInstancesWorkersDeliverEachNotificationOnce() throws Exception {
        int families = 120;
        Families.addToClass(d.tenantId, d.schoolId, d.classB, families, "en");
        Notifications.announce(d.teacherB(), d.classB, "Picture day", "Wear your best smile");

        // Two instances: each runs the fan-out and the delivery worker in a loop, on its own connections.
        NotificationFanOut fanOut = CDI.current().select(NotificationFanOut.class).get();
        DeliveryWorker worker = CDI.current().select(DeliveryWorker.class).get();
        ExecutorService instances = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> loops = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            loops.add(() -> {
                int done = 0;
                for (int round = 0; round < 20; round++) {
                    done += fanOut.drain();
                }
                return done;
            });
            loops.add(() -> {
                int sent = 0;
                for (int round = 0; round < 40; round++) {
                    sent += worker.sendDue();
                    Thread.sleep(50);
                }
                return sent;
            });
        }
        for (Future<Integer> f : instances.invokeAll(loops)) {
            f.get();
        }
        instances.shutdown();
        // Stragglers (a delivery put back for a retry, events held behind the server-wide outbox horizon)
        // are finished by this instance alone; the race above is what the once-only checks are about.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (mailsTo(d.tenantId) < families + 1 && System.nanoTime() < deadline) {
            fanOut.drain();
            worker.sendDue();
            Thread.sleep(100);
        }

        MimeMessage[] mails = SmtpServer.greenMail.getReceivedMessages();
        List<String> to = new ArrayList<>();
        for (MimeMessage m : mails) {
            Arrays.stream(m.getAllRecipients()).forEach(a -> to.add(a.toString()));
        }
        Set<String> distinct = to.stream().collect(Collectors.toSet());
        assertEquals(families + 1, to.size(), "one mail per family (and guardian B): " + to.size());
        assertEquals(to.size(), distinct.size(), "nobody was mailed twice");
        long open = QuarkusTransaction.requiringNew().call(() -> ((Number) CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT count(*) FROM notification_delivery WHERE tenant_id = ?1"
                        + " AND state NOT IN ('sent', 'delivered', 'failed', 'skipped')")
                .setParameter(1, d.tenantId.toString()).getSingleResult()).longValue());
        assertEquals(0, open, "every ledger row is final");
        long notifications = QuarkusTransaction.requiringNew().call(() -> ((Number) CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT count(*) FROM notification WHERE tenant_id = ?1")
                .setParameter(1, d.tenantId.toString()).getSingleResult()).longValue());
        assertEquals(families + 1, notifications, "one feed entry per family, though both instances read the outbox");
    }

    /** Email ledger rows of the district that are final (sent or failed). */
    private static long mailsTo(java.util.UUID tenant) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CDI.current().select(EntityManager.class).get()
                .createNativeQuery("SELECT count(*) FROM notification_delivery WHERE tenant_id = ?1 AND channel = 'email'"
                        + " AND state IN ('sent', 'delivered', 'failed')")
                .setParameter(1, tenant.toString()).getSingleResult()).longValue());
    }
}
