package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.access.Caller;
import org.tandem.identity.Account;
import org.tandem.messaging.dto.MessageView;

/** Turns messages into what the reader sees: the original, plus a rendition in the reader's language. */
@ApplicationScoped
class MessageViews {

    private final EntityManager em;
    private final Caller caller;

    MessageViews(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    MessageView of(Message message) {
        return ofAll(List.of(message)).get(0);
    }

    List<MessageView> ofAll(List<Message> messages) {
        String language = readerLanguage();
        List<UUID> foreign = messages.stream()
                .filter(m -> !m.deleted() && !sameLanguage(m.language(), language))
                .map(Message::id).toList();
        Map<UUID, MessageTranslation> translations = foreign.isEmpty() ? Map.of()
                : em.createQuery("FROM MessageTranslation t WHERE t.messageId IN :ids AND t.language = :language",
                                MessageTranslation.class)
                        .setParameter("ids", foreign).setParameter("language", language).getResultStream()
                        .collect(Collectors.toMap(MessageTranslation::messageId, t -> t));
        return messages.stream().map(m -> view(m, translations.get(m.id()))).toList();
    }

    private static MessageView view(Message m, MessageTranslation translation) {
        MessageView.Translation rendition = translation == null || m.deleted() ? null
                : new MessageView.Translation(translation.language(), translation.body(), translation.source());
        return new MessageView(m.id(), m.threadId(), m.seq(), m.authorId(), m.clientMessageId(), m.body(),
                m.language(), rendition, m.urgent(), m.deleted(), m.createdAt(), m.editedAt(), m.version());
    }

    private String readerLanguage() {
        if (!caller.isAuthenticated()) {
            return "en";
        }
        Account account = em.find(Account.class, caller.accountId());
        return account == null ? "en" : account.preferredLanguage();
    }

    static boolean sameLanguage(String a, String b) {
        return primary(a).equalsIgnoreCase(primary(b));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
