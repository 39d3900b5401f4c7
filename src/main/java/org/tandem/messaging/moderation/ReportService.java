package org.tandem.messaging.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.messaging.dto.Reports;
import org.tandem.messaging.message.Message;
import org.tandem.messaging.message.MessageService;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.platform.problem.ApiException;

/** Any participant may report a message of their thread, once. */
@ApplicationScoped
@Transactional
class ReportService {

    private final EntityManager em;
    private final ThreadAccess threads;
    private final MessageService messages;

    ReportService(EntityManager em, ThreadAccess threads, MessageService messages) {
        this.em = em;
        this.threads = threads;
        this.messages = messages;
    }

    Reports.Report report(UUID threadId, UUID messageId, Reports.NewReport input) {
        Message message = messages.find(threads.requireMember(threadId), messageId);
        UUID me = threads.me();
        if (message.authorId().equals(me)) {
            throw ApiException.unprocessable("own_message", "You cannot report your own message");
        }
        if (message.deleted()) {
            throw ApiException.conflict("message_deleted", "The message was deleted");
        }
        if (alreadyReported(message.id(), me)) {
            throw alreadyReported();
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        MessageReport report = new MessageReport(message.id(), me, input.reason(), note);
        try {
            em.persist(report);
            em.flush();
        } catch (PersistenceException e) {
            throw alreadyReported(); // the same reporter, concurrently: the unique key decided
        }
        return em.createQuery(ReportViews.SELECT + " WHERE r.id = :id", Object[].class)
                .setParameter("id", report.id()).getResultStream().map(ReportViews::of).findFirst().orElseThrow();
    }

    private boolean alreadyReported(UUID messageId, UUID reporter) {
        return !em.createQuery("SELECT r.id FROM MessageReport r WHERE r.messageId = :message AND r.reporterId = :me")
                .setParameter("message", messageId).setParameter("me", reporter).getResultList().isEmpty();
    }

    private static ApiException alreadyReported() {
        return ApiException.conflict("already_reported", "You have already reported this message");
    }
}
