package org.tandem.messaging.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.StudentCapability;
import org.tandem.identity.Account;
import org.tandem.messaging.MessageEdited;
import org.tandem.messaging.MessagePosted;
import org.tandem.messaging.MessageRemoved;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.dto.NewMessage;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.messaging.thread.ThreadKind;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.problem.ApiException;

/**
 * Posting, editing, deleting and hiding messages. Each operation keeps every participant's
 * unread count exact in the same transaction, so reading the inbox never counts messages.
 */
@ApplicationScoped
@Transactional
public class MessageService {

    /** A posted message, and whether it is a resend of one posted before (same client message id). */
    public record Posted(MessageView message, boolean replay) {
    }

    private final EntityManager em;
    private final ThreadAccess threads;
    private final AccessPolicy access;
    private final MessageViews views;
    private final Duration editWindow;
    private final Event<MessagePosted> posted;
    private final Event<MessageEdited> edited;
    private final Event<MessageRemoved> removed;

    private final Clock clock;

    MessageService(EntityManager em, ThreadAccess threads, AccessPolicy access, MessageViews views,
                   MessagingSettings settings, Clock clock, Event<MessagePosted> posted, Event<MessageEdited> edited,
                   Event<MessageRemoved> removed) {
        this.em = em;
        this.clock = clock;
        this.posted = posted;
        this.edited = edited;
        this.removed = removed;
        this.threads = threads;
        this.access = access;
        this.views = views;
        this.editWindow = settings.editWindow();
    }

    Posted post(UUID threadId, NewMessage input) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        requireMayPost(member, input);
        return postAs(member.thread(), threads.me(), input);
    }

    /** Posts without the caller checks; the thread starter and scheduled sends have checked already. */
    public Posted postAs(MessageThread thread, UUID author, NewMessage input) {
        Instant now = clock.instant();
        // The thread's row lock serialises posts in a thread: the client-message-id check and the
        // next seq are then race-free.
        em.createNativeQuery("SELECT id FROM thread WHERE id = :thread FOR UPDATE")
                .setParameter("thread", thread.id()).getSingleResult();
        if (input.clientMessageId() != null) {
            Message earlier = em.createQuery("""
                            FROM Message m WHERE m.threadId = :thread AND m.authorId = :author
                              AND m.clientMessageId = :client""", Message.class)
                    .setParameter("thread", thread.id()).setParameter("author", author)
                    .setParameter("client", input.clientMessageId()).getResultStream().findFirst().orElse(null);
            if (earlier != null) {
                return new Posted(views.of(earlier), true);
            }
        }
        long seq = ((Number) em.createNativeQuery("""
                        UPDATE thread SET last_seq = last_seq + 1, last_activity_at = :now
                        WHERE id = :thread RETURNING last_seq""")
                .setParameter("now", now).setParameter("thread", thread.id()).getSingleResult()).longValue();
        String language = input.language() != null ? input.language() : em.find(Account.class, author).preferredLanguage();
        Message message = new Message(thread.id(), seq, author, input.clientMessageId(), input.body(), language,
                input.isUrgent());
        em.persist(message);
        em.flush();
        posted.fire(new MessagePosted(message.tenantId(), thread.id(), message.id(), seq, author, message.body(),
                message.language(), message.createdAt()));
        em.createQuery("""
                        UPDATE Participant p SET p.unreadCount = p.unreadCount + 1, p.lastActivityAt = :now,
                               p.archived = false
                        WHERE p.threadId = :thread AND p.active = true AND p.accountId <> :author
                          AND NOT EXISTS (SELECT 1 FROM ContactBlock b
                                          WHERE b.blockerId = p.accountId AND b.blockedId = :author)""")
                .setParameter("now", now).setParameter("thread", thread.id()).setParameter("author", author)
                .executeUpdate();
        em.createQuery("""
                        UPDATE Participant p SET p.lastReadSeq = :seq, p.lastReadAt = :now, p.lastActivityAt = :now,
                               p.unreadCount = 0
                        WHERE p.threadId = :thread AND p.accountId = :author""")
                .setParameter("seq", seq).setParameter("now", now).setParameter("thread", thread.id())
                .setParameter("author", author).executeUpdate();
        return new Posted(views.of(message), false);
    }

    /**
     * Edits a message. The row is locked before {@code If-Match} is compared, so a concurrent edit
     * either finished before (and the tag no longer matches: 412) or waits for this one.
     */
    MessageView edit(UUID threadId, UUID messageId, String body, String ifMatch) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        Message message = find(member, messageId);
        em.lock(message, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(message);
        EntityTags.checkIfPresent(ifMatch, message.version());
        if (!message.authorId().equals(threads.me())) {
            throw ApiException.forbidden("Only the author can edit a message");
        }
        if (message.deleted()) {
            throw ApiException.conflict("message_deleted", "A deleted message cannot be edited");
        }
        if (clock.instant().isAfter(message.createdAt().plus(editWindow))) {
            throw ApiException.conflict("edit_window_closed", "Messages can be edited for " + editWindow.toMinutes()
                    + " minutes after posting");
        }
        if (!body.equals(message.body())) {
            em.persist(new MessageEdit(message.id(), message.body()));
            message.edit(body);
            em.flush();
            edited.fire(new MessageEdited(message.tenantId(), message.threadId(), message.id(), message.body(),
                    message.language()));
        }
        return views.of(message);
    }

    /** Deletes for everyone: the text goes, a tombstone stays, and nobody is left with it unread. */
    MessageView delete(UUID threadId, UUID messageId) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        Message message = find(member, messageId);
        if (!message.authorId().equals(threads.me())) {
            throw ApiException.forbidden("Only the author can delete a message for everyone");
        }
        if (!message.deleted()) {
            tombstone(message);
        }
        return views.of(message);
    }

    /** Removes a message's text for everyone, by its author or a moderator. */
    public void tombstone(Message message) {
        em.createQuery("""
                        UPDATE Participant p SET p.unreadCount = p.unreadCount - 1
                        WHERE p.threadId = :thread AND p.active = true AND p.accountId <> :author
                          AND p.lastReadSeq < :seq AND p.unreadCount > 0
                          AND NOT EXISTS (SELECT 1 FROM HiddenMessage h
                                          WHERE h.messageId = :message AND h.accountId = p.accountId)
                          AND NOT EXISTS (SELECT 1 FROM ContactBlock b
                                          WHERE b.blockerId = p.accountId AND b.blockedId = :author)""")
                .setParameter("thread", message.threadId()).setParameter("author", message.authorId())
                .setParameter("seq", message.seq()).setParameter("message", message.id()).executeUpdate();
        message.delete();
        em.flush();
        removed.fire(new MessageRemoved(message.tenantId(), message.threadId(), message.id()));
    }

    /** Hides a message for the caller only. */
    void hide(UUID threadId, UUID messageId) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        Message message = find(member, messageId);
        UUID me = threads.me();
        if (em.find(HiddenMessage.class, new HiddenMessage.Key(me, message.id())) != null) {
            return;
        }
        em.persist(new HiddenMessage(message.id(), me));
        if (!message.deleted() && !message.authorId().equals(me) && message.seq() > member.me().lastReadSeq()) {
            em.createQuery("""
                            UPDATE Participant p SET p.unreadCount = p.unreadCount - 1
                            WHERE p.threadId = :thread AND p.accountId = :me AND p.unreadCount > 0""")
                    .setParameter("thread", threadId).setParameter("me", me).executeUpdate();
        }
    }

    List<MessageEdit> edits(UUID threadId, UUID messageId) {
        Message message = find(threads.requireMember(threadId), messageId);
        return em.createQuery("FROM MessageEdit e WHERE e.messageId = :message ORDER BY e.editedAt", MessageEdit.class)
                .setParameter("message", message.id()).getResultList();
    }

    public Message find(ThreadAccess.Member member, UUID messageId) {
        Message message = messageId == null ? null : em.find(Message.class, messageId);
        if (message == null || !message.threadId().equals(member.thread().id())) {
            throw ApiException.notFound("Message " + messageId);
        }
        return message;
    }

    public void requireMayPost(ThreadAccess.Member member, NewMessage input) {
        MessageThread thread = member.thread();
        boolean guardian = Membership.GUARDIAN.equals(member.me().role());
        if (thread.kind() == ThreadKind.ANNOUNCEMENT && guardian) {
            throw ApiException.forbidden("Announcements are read-only for recipients; reply privately instead");
        }
        if (thread.locked()) {
            throw ApiException.conflict("thread_locked", "This thread is locked");
        }
        if (input.isUrgent() && guardian) {
            throw ApiException.forbidden("Only staff can mark a message urgent");
        }
        if (guardian && thread.studentId() != null) {
            access.requireStudent(thread.studentId(), StudentCapability.MESSAGE_STAFF);
        }
    }
}
