package org.tandem.messaging.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.dto.Renditions;
import org.tandem.messaging.message.Message;
import org.tandem.messaging.message.MessageReading;
import org.tandem.messaging.message.MessageService;
import org.tandem.messaging.message.MessageViews;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.platform.problem.ApiException;

/** Renditions of a message: all of them for any member, and human translations by the thread's staff. */
@ApplicationScoped
@Transactional
class TranslationService {

    private final EntityManager em;
    private final ThreadAccess threads;
    private final MessageReading reading;
    private final MessageService messages;

    TranslationService(EntityManager em, ThreadAccess threads, MessageReading reading, MessageService messages) {
        this.em = em;
        this.threads = threads;
        this.reading = reading;
        this.messages = messages;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Renditions all(UUID threadId, UUID messageId) {
        MessageView message = reading.one(threadId, messageId);
        if (message.deleted()) {
            return new Renditions(message.id(), message.language(), null, List.of(), List.of());
        }
        List<Renditions.Rendition> renditions = em.createQuery(
                        "FROM MessageTranslation t WHERE t.messageId = :message ORDER BY t.language", MessageTranslation.class)
                .setParameter("message", message.id()).getResultStream().map(TranslationService::rendition).toList();
        @SuppressWarnings("unchecked")
        List<String> pending = em.createNativeQuery("""
                        SELECT language FROM translation_job
                        WHERE message_id = :message AND state = 'pending' ORDER BY language""")
                .setParameter("message", message.id()).getResultList();
        return new Renditions(message.id(), message.language(), message.body(), renditions, pending);
    }

    /** Stores a staff member's translation; it replaces a machine rendition and is never overwritten by one. */
    Renditions.Rendition translate(UUID threadId, UUID messageId, String languageTag, String body) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        if (!Membership.STAFF.equals(member.me().role())) {
            throw ApiException.forbidden("Only staff in the thread translate its messages");
        }
        Message message = messages.find(member, messageId);
        if (message.deleted()) {
            throw ApiException.conflict("message_deleted", "A deleted message cannot be translated");
        }
        String language = Locale.forLanguageTag(languageTag).toLanguageTag();
        if (MessageViews.sameLanguage(language, message.language())) {
            throw ApiException.unprocessable("same_language", "The message is written in " + message.language());
        }
        em.createNativeQuery("""
                        INSERT INTO message_translation (message_id, language, tenant_id, body, source, created_at, translated_by)
                        VALUES (:message, :language, :tenant, :body, 'human', now(), :by)
                        ON CONFLICT (tenant_id, message_id, language) DO UPDATE
                          SET body = excluded.body, source = 'human', created_at = now(), translated_by = excluded.translated_by""")
                .setParameter("message", message.id()).setParameter("language", language)
                .setParameter("tenant", message.tenantId().toString()).setParameter("body", body.strip())
                .setParameter("by", threads.me()).executeUpdate();
        em.createNativeQuery("""
                        UPDATE translation_job SET state = 'done', last_error = NULL
                        WHERE message_id = :message AND language = :language AND state <> 'done'""")
                .setParameter("message", message.id()).setParameter("language", language).executeUpdate();
        MessageTranslation stored = em.createQuery(
                        "FROM MessageTranslation t WHERE t.messageId = :message AND t.language = :language",
                        MessageTranslation.class)
                .setParameter("message", message.id()).setParameter("language", language).getSingleResult();
        return rendition(stored);
    }

    private static Renditions.Rendition rendition(MessageTranslation t) {
        return new Renditions.Rendition(t.language(), t.body(), t.source(), t.translatedBy(), t.createdAt());
    }
}
