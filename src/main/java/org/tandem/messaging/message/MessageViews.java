package org.tandem.messaging.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.identity.Account;
import org.tandem.messaging.dto.MessageView;

/** Turns messages into what the reader sees: the original, plus a rendition in the reader's language. */
@ApplicationScoped
public class MessageViews {

    private final MessageRepository messages;
    private final Caller caller;
    private final RenditionSource renditions;

    MessageViews(MessageRepository messages, Caller caller, RenditionSource renditions) {
        this.messages = messages;
        this.caller = caller;
        this.renditions = renditions;
    }

    MessageView of(Message message) {
        return ofAll(List.of(message)).get(0);
    }

    public List<MessageView> ofAll(List<Message> messages) {
        String language = readerLanguage();
        Map<MessageRepository.AuthorKey, MessageRepository.Author> authors = this.messages.authorsOf(messages);
        List<Stored> stored = messages.stream().map(m -> stored(m, authors.get(
                new MessageRepository.AuthorKey(m.threadId(), m.authorId())))).toList();
        List<UUID> foreign = foreign(stored, language);
        return views(stored, renditions.in(language, foreign));
    }

    /** A message as a page query reads it: the columns a view shows, with its author's name and side. */
    record Stored(UUID id, UUID threadId, long seq, UUID authorId, String authorName, String authorRole,
                  String clientMessageId, String body, String language, boolean urgent, boolean deleted,
                  Instant createdAt, Instant editedAt, long version) {
    }

    private static Stored stored(Message m, MessageRepository.Author author) {
        MessageRepository.Author known = author != null ? author : MessageRepository.Author.UNKNOWN;
        return new Stored(m.id(), m.threadId(), m.seq(), m.authorId(), known.name(), known.role(),
                m.clientMessageId(), m.body(), m.language(), m.urgent(), m.deleted(), m.createdAt(), m.editedAt(),
                m.version());
    }

    /**
     * Views of a page read with SQL, for a reader whose language is known: the translations of the
     * page come in one statement, and none when every message is in the reader's language.
     */
    List<MessageView> ofStored(List<Stored> messages, String language) {
        List<UUID> foreign = foreign(messages, language);
        return views(messages, renditions.in(language, foreign));
    }

    /** A message just posted: nothing has translated it yet, so its view needs no query. */
    MessageView fresh(Stored message) {
        return views(List.of(message), Map.of()).get(0);
    }

    /** A stored message as the caller sees it, in the caller's language. */
    MessageView ofStoredForCaller(Stored message) {
        return ofStored(List.of(message), readerLanguage()).get(0);
    }

    /** The messages that may have a rendition in the reader's language: not deleted, written in another. */
    private static List<UUID> foreign(List<Stored> messages, String language) {
        return messages.stream().filter(m -> !m.deleted() && !sameLanguage(m.language(), language))
                .map(Stored::id).toList();
    }

    private static List<MessageView> views(List<Stored> messages, Map<UUID, MessageView.Translation> translations) {
        return messages.stream().map(m -> new MessageView(m.id(), m.threadId(), m.seq(), m.authorId(),
                m.authorName(), m.authorRole(), m.clientMessageId(), m.body(), m.language(), m.deleted() ? null : translations.get(m.id()), m.urgent(),
                m.deleted(), m.createdAt(), m.editedAt(), m.version())).toList();
    }

    private String readerLanguage() {
        if (!caller.isAuthenticated()) {
            return "en";
        }
        Account account = messages.account(caller.accountId());
        return account == null ? "en" : account.preferredLanguage();
    }

    public static boolean sameLanguage(String a, String b) {
        return primary(a).equalsIgnoreCase(primary(b));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
