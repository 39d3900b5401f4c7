package org.tandem.messaging.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.messaging.dto.NewMessage;
import org.tandem.messaging.dto.ScheduledMessageView;
import org.tandem.messaging.message.MessageRepository;
import org.tandem.messaging.message.MessageService;
import org.tandem.messaging.message.ScheduledPosts;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.messaging.thread.ThreadRepository;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/**
 * Scheduling a message for later (staff only), listing and cancelling one's own scheduled messages.
 * Nothing of a scheduled message reaches the thread, or anyone's unread count, until
 * {@link ScheduledRelease} posts it.
 */
@ApplicationScoped
@Transactional
class ScheduledSending implements ScheduledPosts {

    record Position(Instant sendAt, UUID id) {
    }

    private final ScheduledMessageRepository scheduledMessages;
    private final ThreadRepository threadRows;
    private final MessageRepository messageRows;
    private final ThreadAccess threads;
    private final MessageService messages;
    private final CursorCodec cursors;
    private final ScheduledSendSettings settings;

    private final Clock clock;

    ScheduledSending(ScheduledMessageRepository scheduledMessages, ThreadRepository threadRows,
                     MessageRepository messageRows, ThreadAccess threads, MessageService messages, CursorCodec cursors,
                     ScheduledSendSettings settings, Clock clock) {
        this.scheduledMessages = scheduledMessages;
        this.threadRows = threadRows;
        this.messageRows = messageRows;
        this.clock = clock;
        this.threads = threads;
        this.messages = messages;
        this.cursors = cursors;
        this.settings = settings;
    }

    @Override
    public ScheduledMessageView schedule(UUID threadId, NewMessage input) {
        ThreadAccess.Member member = requireStaffMember(threadId);
        messages.requireMayPost(ThreadAccess.Poster.of(member), input);
        requireSchedulable(input.sendAt());
        UUID me = threads.me();
        // Serialises with posts and other schedules in the thread, so the client id check is race-free.
        threadRows.lockForPost(threadId);
        if (input.clientMessageId() != null) {
            ScheduledMessage earlier = scheduledMessages.byClientMessageId(threadId, me, input.clientMessageId())
                    .orElse(null);
            if (earlier != null) {
                return view(earlier);
            }
            requireUnusedForPosts(threadId, me, input.clientMessageId());
        }
        String language = input.language() != null ? input.language() : messageRows.account(me).preferredLanguage();
        ScheduledMessage scheduled = new ScheduledMessage(threadId, me, input.clientMessageId(), input.body(), language,
                input.isUrgent(), input.sendAt());
        scheduledMessages.persist(scheduled);
        scheduledMessages.flush();
        return view(scheduled);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ScheduledMessageView> list(UUID threadId, String state, PageRequest page) {
        requireStaffMember(threadId);
        UUID me = threads.me();
        String list = "scheduled:" + threadId + ":" + me + ":" + state;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        List<ScheduledMessage> rows = scheduledMessages.page(threadId, me, state, after == null ? null : after.sendAt(),
                after == null ? null : after.id(), page.fetchSize());
        return Page.of(rows, page, ScheduledSending::view,
                s -> cursors.encode(list, new Position(s.sendAt(), s.id())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ScheduledMessageView one(UUID threadId, UUID scheduledId) {
        requireStaffMember(threadId);
        return view(own(threadId, scheduledId, LockModeType.NONE));
    }

    /** Cancels before sending; cancelling again is harmless, cancelling a sent message is a conflict. */
    ScheduledMessageView cancel(UUID threadId, UUID scheduledId) {
        requireStaffMember(threadId);
        // Waits for a release in progress, and then sees that the message was sent.
        ScheduledMessage scheduled = own(threadId, scheduledId, LockModeType.PESSIMISTIC_WRITE);
        switch (scheduled.state()) {
            case SENT -> throw ApiException.conflict("already_sent", "This message was sent at " + scheduled.stateChangedAt()
                    + "; delete it from the thread instead");
            case SCHEDULED -> {
                scheduled.cancel(ScheduledMessage.CancelReason.AUTHOR);
                scheduledMessages.flush();
            }
            case CANCELLED -> {
            }
        }
        return view(scheduled);
    }

    private ThreadAccess.Member requireStaffMember(UUID threadId) {
        return threads.requireStaffMember(threadId, "Only staff schedule messages");
    }

    private void requireSchedulable(Instant sendAt) {
        Instant now = clock.instant();
        if (sendAt.isBefore(now.plus(settings.minLead()))) {
            throw invalid("must be at least " + settings.minLead().toSeconds() + " seconds in the future; "
                    + "leave it out to send now");
        }
        if (sendAt.isAfter(now.plus(settings.maxAhead()))) {
            throw invalid("must be within " + settings.maxAhead().toDays() + " days");
        }
    }

    private void requireUnusedForPosts(UUID threadId, UUID me, String clientMessageId) {
        boolean used = messageRows.clientMessageIdUsed(threadId, me, clientMessageId);
        if (used) {
            throw ApiException.conflict("client_message_id_used",
                    "A message with this clientMessageId was already posted in this thread");
        }
    }

    private ScheduledMessage own(UUID threadId, UUID scheduledId, LockModeType lock) {
        ScheduledMessage scheduled = scheduledId == null ? null : scheduledMessages.findById(scheduledId, lock);
        if (scheduled == null || !scheduled.threadId().equals(threadId) || !scheduled.authorId().equals(threads.me())) {
            throw ApiException.notFound("Scheduled message " + scheduledId);
        }
        return scheduled;
    }

    private static ApiException invalid(String message) {
        return ApiException.validation(List.of(new Problem.FieldError("sendAt", message)));
    }

    static ScheduledMessageView view(ScheduledMessage s) {
        return new ScheduledMessageView(s.id(), s.threadId(), s.authorId(), s.clientMessageId(), s.body(), s.language(),
                s.urgent(), s.sendAt(), ScheduledMessage.wire(s.state()), ScheduledMessage.wire(s.cancelReason()),
                s.messageId(), s.createdAt(), s.stateChangedAt(), s.version());
    }
}
