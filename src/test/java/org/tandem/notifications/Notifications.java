package org.tandem.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.notifications.delivery.DeliveryWorker;
import org.tandem.notifications.fanout.NotificationFanOut;
import org.tandem.testsupport.Api;

/** Helpers of the notifications tests: run the workers (off in tests) and read the tables. */
final class Notifications {

    private Notifications() {
    }

    /** Fans out every readable outbox event and sends every due delivery, as the scheduled workers do. */
    static void runWorkers() {
        CDI.current().select(NotificationFanOut.class).get().drain();
        CDI.current().select(DeliveryWorker.class).get().sendDue();
    }

    static void fanOut() {
        CDI.current().select(NotificationFanOut.class).get().drain();
    }

    static String announce(String token, UUID classId, String subject, String body) {
        return Api.validated(token).contentType("application/json")
                .body(Map.of("kind", "announcement", "subject", subject,
                        "audience", Map.of("type", "class", "classId", classId.toString()),
                        "message", Map.of("body", body)))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
    }

    /** The recipients of notifications of a kind about a subject, in one tenant. */
    @SuppressWarnings("unchecked")
    static List<UUID> recipients(UUID tenantId, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> em().createNativeQuery(
                        "SELECT recipient_id FROM notification WHERE tenant_id = :t AND kind = :k ORDER BY recipient_id")
                .setParameter("t", tenantId.toString()).setParameter("k", kind).getResultList());
    }

    /** channel → state of a person's deliveries of one kind. */
    @SuppressWarnings("unchecked")
    static Map<String, String> ledger(UUID tenantId, UUID recipient, String kind) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em().createNativeQuery("""
                        SELECT d.channel, d.state FROM notification_delivery d JOIN notification n
                          ON n.tenant_id = d.tenant_id AND n.id = d.notification_id
                        WHERE d.tenant_id = :t AND d.recipient_id = :r AND n.kind = :k""")
                .setParameter("t", tenantId.toString()).setParameter("r", recipient).setParameter("k", kind).getResultList());
        Map<String, String> out = new java.util.TreeMap<>();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    static void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em().createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private static EntityManager em() {
        return CDI.current().select(EntityManager.class).get();
    }
}
