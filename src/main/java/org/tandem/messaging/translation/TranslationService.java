package org.tandem.messaging.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

    private final TranslationRepository translations;
    private final ThreadAccess threads;
    private final MessageReading reading;
    private final MessageService messages;
    private final Clock clock;

    TranslationService(TranslationRepository translations, ThreadAccess threads, MessageReading reading,
                       MessageService messages, Clock clock) {
        this.translations = translations;
        this.clock = clock;
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
        List<Renditions.Rendition> renditions = translations.ofMessage(message.id()).stream()
                .map(TranslationService::rendition).toList();
        List<String> pending = translations.pendingLanguages(message.id());
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
        translations.storeHuman(message.id(), language, message.tenantId(), body.strip(), threads.me(), clock.instant());
        translations.jobDone(message.id(), language);
        MessageTranslation stored = translations.one(message.id(), language);
        return rendition(stored);
    }

    private static Renditions.Rendition rendition(MessageTranslation t) {
        return new Renditions.Rendition(t.language(), t.body(), t.source(), t.translatedBy(), t.createdAt());
    }
}
