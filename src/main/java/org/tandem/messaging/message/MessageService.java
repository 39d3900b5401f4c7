package org.tandem.messaging.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.StudentCapability;
import org.tandem.messaging.MessageEdited;
import org.tandem.messaging.MessagePosted;
import org.tandem.messaging.MessageRemoved;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.dto.NewMessage;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.ParticipantRepository;
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

    private final MessageRepository messages;
    private final ParticipantRepository participants;
    private final ThreadAccess threads;
    private final AccessPolicy access;
    private final MessageViews views;
    private final Duration editWindow;
    private final Event<MessagePosted> posted;
    private final Event<MessageEdited> edited;
    private final Event<MessageRemoved> removed;

    private final Clock clock;

    MessageService(MessageRepository messages, ParticipantRepository participants,
                   ThreadAccess threads, AccessPolicy access, MessageViews views,
                   MessagingSettings settings, Clock clock, Event<MessagePosted> posted, Event<MessageEdited> edited,
                   Event<MessageRemoved> removed) {
        this.messages = messages;
        this.participants = participants;
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
        ThreadAccess.Poster poster = threads.requirePoster(threadId);
        requireMayPost(poster, input);
        return postAs(threadId, threads.me(), input);
    }

    /** Posts without the caller checks; the thread starter and scheduled sends have checked already. */
    public Posted postAs(MessageThread thread, UUID author, NewMessage input) {
        return postAs(thread.id(), author, input);
    }

    /**
     * Posts without the caller checks, in one statement ({@link MessageRepository#post}): a resend
     * with a client message id already posted answers the first copy instead.
     */
    Posted postAs(UUID threadId, UUID author, NewMessage input) {
        String clientMessageId = input.clientMessageId();
        if (clientMessageId != null) {
            MessageViews.Stored earlier = messages.storedByClientMessageId(threadId, author, clientMessageId).orElse(null);
            if (earlier != null) {
                return new Posted(views.ofStoredForCaller(earlier), true);
            }
        }
        // What the caller created in this transaction (a new thread and its members) must be written first.
        messages.flush();
        MessageViews.Stored message = messages.post(new MessageRepository.NewPost(UUID.randomUUID(), threadId, author,
                clientMessageId, input.body(), input.language(), input.isUrgent(), clock.instant())).orElse(null);
        if (message == null) {
            // A resend of this message was committed while this one waited for the thread's row lock.
            MessageViews.Stored earlier = clientMessageId == null ? null
                    : messages.storedByClientMessageId(threadId, author, clientMessageId).orElse(null);
            if (earlier == null) {
                throw ApiException.notFound("Thread " + threadId);
            }
            return new Posted(views.ofStoredForCaller(earlier), true);
        }
        posted.fire(new MessagePosted(messages.tenant(), threadId, message.id(), message.seq(), author, message.body(),
                message.language(), message.createdAt()));
        return new Posted(views.fresh(message), false);
    }

    /**
     * Edits a message. The row is locked before {@code If-Match} is compared, so a concurrent edit
     * either finished before (and the tag no longer matches: 412) or waits for this one.
     */
    MessageView edit(UUID threadId, UUID messageId, String body, String ifMatch) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        Message message = find(member, messageId);
        messages.lockForEdit(message);
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
            messages.addEdit(new MessageEdit(message.id(), message.body()));
            message.edit(body);
            messages.flush();
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
        participants.dropUnreadOfRemoved(message.threadId(), message.authorId(), message.seq(), message.id());
        message.delete();
        messages.flush();
        removed.fire(new MessageRemoved(message.tenantId(), message.threadId(), message.id()));
    }

    /** Hides a message for the caller only. */
    void hide(UUID threadId, UUID messageId) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        Message message = find(member, messageId);
        UUID me = threads.me();
        if (messages.hiddenFor(me, message.id())) {
            return;
        }
        messages.hide(new HiddenMessage(message.id(), me));
        if (!message.deleted() && !message.authorId().equals(me) && message.seq() > member.me().lastReadSeq()) {
            participants.dropOneUnread(threadId, me);
        }
    }

    List<MessageEdit> edits(UUID threadId, UUID messageId) {
        Message message = find(threads.requireMember(threadId), messageId);
        return messages.edits(message.id());
    }

    public Message find(ThreadAccess.Member member, UUID messageId) {
        Message message = messageId == null ? null : messages.findById(messageId);
        if (message == null || !message.threadId().equals(member.thread().id())) {
            throw ApiException.notFound("Message " + messageId);
        }
        return message;
    }

    public void requireMayPost(ThreadAccess.Poster poster, NewMessage input) {
        boolean guardian = Membership.GUARDIAN.equals(poster.role());
        if (poster.kind() == ThreadKind.ANNOUNCEMENT && guardian) {
            throw ApiException.forbidden("Announcements are read-only for recipients; reply privately instead");
        }
        if (poster.locked()) {
            throw ApiException.conflict("thread_locked", "This thread is locked");
        }
        if (input.isUrgent() && guardian) {
            throw ApiException.forbidden("Only staff can mark a message urgent");
        }
        if (guardian && poster.studentId() != null && !poster.mayMessageStaff()) {
            access.requireStudent(poster.studentId(), StudentCapability.MESSAGE_STAFF);
        }
    }
}
