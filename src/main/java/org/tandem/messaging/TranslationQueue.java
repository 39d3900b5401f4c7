package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.tandem.messaging.translation.TranslationProvider;

/**
 * Queues machine translation of a message into the preferred language of each of its thread's
 * participants. Only rows are written here, in the poster's transaction; the provider is called
 * later by {@link TranslationWorker}, so a slow or broken provider never holds up a post. When no
 * provider is configured nothing is queued (enabling one later translates new messages only).
 */
@ApplicationScoped
class TranslationQueue {

    private final EntityManager em;
    private final TranslationProvider provider;

    TranslationQueue(EntityManager em, TranslationProvider provider) {
        this.em = em;
        this.provider = provider;
    }

    /** A new message: one job per language its readers want that differs from its own and has no human rendition. */
    void enqueue(Message message) {
        List<String> wanted = wantedLanguages(message);
        if (wanted.isEmpty()) {
            return;
        }
        List<String> humanRendered = em.createQuery("""
                        SELECT t.language FROM MessageTranslation t WHERE t.messageId = :message AND t.source = 'human'""",
                        String.class)
                .setParameter("message", message.id()).getResultList();
        queue(message, wanted.stream().filter(l -> !humanRendered.contains(l)).toList());
    }

    /**
     * An edited message: every rendition described the old text, so all of them go (a human one too:
     * a stale translation misleads more than a machine one) and machine translation starts again.
     * The jobs are queued first, so a worker storing a rendition of the old text meanwhile holds
     * their rows and finishes before the renditions are deleted.
     */
    void redo(Message message) {
        queue(message, wantedLanguages(message));
        em.createQuery("DELETE FROM MessageTranslation t WHERE t.messageId = :message")
                .setParameter("message", message.id()).executeUpdate();
    }

    /** A message deleted for everyone: its renditions and pending work go with its text. */
    void forget(Message message) {
        em.createQuery("DELETE FROM MessageTranslation t WHERE t.messageId = :message")
                .setParameter("message", message.id()).executeUpdate();
        em.createNativeQuery("DELETE FROM translation_job WHERE message_id = :message")
                .setParameter("message", message.id()).executeUpdate();
    }

    private List<String> wantedLanguages(Message message) {
        if (!provider.enabled() || message.deleted()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT DISTINCT a.preferredLanguage FROM Participant p JOIN Account a ON a.id = p.accountId
                        WHERE p.threadId = :thread AND p.active = true""", String.class)
                .setParameter("thread", message.threadId()).getResultStream()
                .filter(language -> !MessageViews.sameLanguage(language, message.language()))
                .toList();
    }

    private void queue(Message message, List<String> languages) {
        for (String language : languages) {
            em.createNativeQuery("""
                            INSERT INTO translation_job (message_id, language, tenant_id, state, attempts, next_attempt_at)
                            VALUES (:message, :language, :tenant, 'pending', 0, now())
                            ON CONFLICT (tenant_id, message_id, language) DO UPDATE
                              SET state = 'pending', attempts = 0, next_attempt_at = now(), last_error = NULL""")
                    .setParameter("message", message.id()).setParameter("language", language)
                    .setParameter("tenant", message.tenantId().toString()).executeUpdate();
        }
    }
}
