package org.tandem.messaging.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.tandem.messaging.MessageEdited;
import org.tandem.messaging.MessagePosted;
import org.tandem.messaging.MessageRemoved;
import org.tandem.messaging.message.MessageViews;

/**
 * Queues machine translation of a message into the preferred language of each of its thread's
 * participants, following the message events. Only rows are written here, in the poster's transaction; the provider is called
 * later by {@link TranslationWorker}, so a slow or broken provider never holds up a post. When no
 * provider is configured nothing is queued (enabling one later translates new messages only).
 */
@ApplicationScoped
class TranslationQueue {

    private final EntityManager em;
    private final TranslationProvider provider;
    private final Clock clock;

    TranslationQueue(EntityManager em, TranslationProvider provider, Clock clock) {
        this.em = em;
        this.provider = provider;
        this.clock = clock;
    }

    /** A new message: one job per language its readers want that differs from its own and has no human rendition. */
    void enqueue(@Observes MessagePosted message) {
        List<String> wanted = wantedLanguages(message.threadId(), message.language());
        if (wanted.isEmpty()) {
            return;
        }
        List<String> humanRendered = em.createQuery("""
                        SELECT t.language FROM MessageTranslation t WHERE t.messageId = :message AND t.source = 'human'""",
                        String.class)
                .setParameter("message", message.messageId()).getResultList();
        queue(message.tenantId(), message.messageId(), wanted.stream().filter(l -> !humanRendered.contains(l)).toList());
    }

    /**
     * An edited message: every rendition described the old text, so all of them go (a human one too:
     * a stale translation misleads more than a machine one) and machine translation starts again.
     * The jobs are queued first, so a worker storing a rendition of the old text meanwhile holds
     * their rows and finishes before the renditions are deleted.
     */
    void redo(@Observes MessageEdited message) {
        queue(message.tenantId(), message.messageId(), wantedLanguages(message.threadId(), message.language()));
        em.createQuery("DELETE FROM MessageTranslation t WHERE t.messageId = :message")
                .setParameter("message", message.messageId()).executeUpdate();
    }

    /** A message deleted for everyone: its renditions and pending work go with its text. */
    void forget(@Observes MessageRemoved message) {
        em.createQuery("DELETE FROM MessageTranslation t WHERE t.messageId = :message")
                .setParameter("message", message.messageId()).executeUpdate();
        em.createNativeQuery("DELETE FROM translation_job WHERE message_id = :message")
                .setParameter("message", message.messageId()).executeUpdate();
    }

    private List<String> wantedLanguages(UUID threadId, String messageLanguage) {
        if (!provider.enabled()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT DISTINCT a.preferredLanguage FROM Participant p JOIN Account a ON a.id = p.accountId
                        WHERE p.threadId = :thread AND p.active = true""", String.class)
                .setParameter("thread", threadId).getResultStream()
                .filter(language -> !MessageViews.sameLanguage(language, messageLanguage))
                .toList();
    }

    private void queue(UUID tenantId, UUID messageId, List<String> languages) {
        for (String language : languages) {
            em.createNativeQuery("""
                            INSERT INTO translation_job (message_id, language, tenant_id, state, attempts, next_attempt_at)
                            VALUES (:message, :language, :tenant, 'pending', 0, :now)
                            ON CONFLICT (tenant_id, message_id, language) DO UPDATE
                              SET state = 'pending', attempts = 0, next_attempt_at = :now, last_error = NULL""")
                    .setParameter("message", messageId).setParameter("language", language)
                    .setParameter("tenant", tenantId.toString()).setParameter("now", clock.instant()).executeUpdate();
        }
    }
}
