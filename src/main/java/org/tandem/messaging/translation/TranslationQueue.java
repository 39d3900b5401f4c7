package org.tandem.messaging.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.tandem.messaging.MessageEdited;
import org.tandem.messaging.MessagePosted;
import org.tandem.messaging.MessageRemoved;
import org.tandem.messaging.message.MessageViews;
import org.tandem.messaging.thread.ParticipantRepository;

/**
 * Queues machine translation of a message into the preferred language of each of its thread's
 * participants, following the message events. Only rows are written here, in the poster's transaction; the provider is called
 * later by {@link TranslationWorker}, so a slow or broken provider never holds up a post. When no
 * provider is configured nothing is queued (enabling one later translates new messages only).
 */
@ApplicationScoped
class TranslationQueue {

    private final TranslationRepository translations;
    private final ParticipantRepository participants;
    private final TranslationProvider provider;
    private final Clock clock;

    TranslationQueue(TranslationRepository translations, ParticipantRepository participants,
                     TranslationProvider provider, Clock clock) {
        this.translations = translations;
        this.participants = participants;
        this.provider = provider;
        this.clock = clock;
    }

    /**
     * A new message: one job per language its readers want that differs from its own, in one
     * statement. Nobody can have rendered a message that was just posted, so there is no human
     * rendition to skip.
     */
    void enqueue(@Observes MessagePosted message) {
        if (provider.enabled()) {
            translations.queueForMembers(message.tenantId(), message.messageId(), message.threadId(), message.language(),
                    clock.instant());
        }
    }

    /**
     * An edited message: every rendition described the old text, so all of them go (a human one too:
     * a stale translation misleads more than a machine one) and machine translation starts again.
     * The jobs are queued first, so a worker storing a rendition of the old text meanwhile holds
     * their rows and finishes before the renditions are deleted.
     */
    void redo(@Observes MessageEdited message) {
        queue(message.tenantId(), message.messageId(), wantedLanguages(message.threadId(), message.language()));
        translations.forgetRenditions(message.messageId());
    }

    /** A message deleted for everyone: its renditions and pending work go with its text. */
    void forget(@Observes MessageRemoved message) {
        translations.forgetRenditions(message.messageId());
        translations.forgetJobs(message.messageId());
    }

    private List<String> wantedLanguages(UUID threadId, String messageLanguage) {
        if (!provider.enabled()) {
            return List.of();
        }
        return participants.languagesOfMembers(threadId).stream()
                .filter(language -> !MessageViews.sameLanguage(language, messageLanguage))
                .toList();
    }

    private void queue(UUID tenantId, UUID messageId, List<String> languages) {
        for (String language : languages) {
            translations.queue(tenantId, messageId, language, clock.instant());
        }
    }
}
