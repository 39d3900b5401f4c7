package org.tandem.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Queues a mail in the caller's transaction: it is sent after the transaction commits (by
 * {@link MailSender}), never when the transaction rolls back, and a dead mail server delays the
 * mail instead of failing the request.
 */
@ApplicationScoped
public class MailOutbox {

    /** Where a mail is on its way. */
    public enum Status {
        PENDING, SENT, FAILED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final EntityManager em;

    MailOutbox(EntityManager em) {
        this.em = em;
    }

    /** Queues the mail in the current transaction (which must exist) of the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID tenantId, UUID aboutId, String recipient, String subject, String body) {
        em.createNativeQuery("""
                        INSERT INTO mail_outbox (tenant_id, id, about_id, recipient, subject, body)
                        VALUES (:tenant, :id, :about, :recipient, :subject, :body)""")
                .setParameter("tenant", tenantId.toString()).setParameter("id", UUID.randomUUID()).setParameter("about", aboutId)
                .setParameter("recipient", recipient).setParameter("subject", subject).setParameter("body", body)
                .executeUpdate();
    }

    /** The status of the latest mail about each of these things, in one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Status> statusOf(UUID tenantId, Collection<UUID> aboutIds) {
        Map<UUID, Status> statuses = new HashMap<>();
        if (aboutIds.isEmpty()) {
            return statuses;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (about_id) about_id, state FROM mail_outbox
                        WHERE tenant_id = :tenant AND about_id IN (:ids)
                        ORDER BY about_id, created_at DESC""")
                .setParameter("tenant", tenantId.toString()).setParameter("ids", aboutIds).getResultList();
        for (Object[] row : rows) {
            statuses.put((UUID) row[0], Status.valueOf(((String) row[1]).toUpperCase(Locale.ROOT)));
        }
        return statuses;
    }
}
