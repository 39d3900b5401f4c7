package org.tandem.messaging.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.dto.ReadReceipts;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.ParticipantRepository;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/**
 * Reading a thread: pages of messages by position, older or newer from any message, and who has
 * read a message. Positions never change, so pages stay exact while new messages arrive.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MessageReading {

    /** Where a page continues: below (older) or above (newer) a position. */
    record Position(String direction, long seq) {
    }

    private final MessageRepository messages;
    private final ParticipantRepository participants;
    private final ThreadAccess threads;
    private final MessageViews views;
    private final CursorCodec cursors;

    MessageReading(MessageRepository messages, ParticipantRepository participants, ThreadAccess threads,
                   MessageViews views, CursorCodec cursors) {
        this.messages = messages;
        this.participants = participants;
        this.threads = threads;
        this.cursors = cursors;
        this.views = views;
    }

    /**
     * @param direction {@code older} (newest first, the default) or {@code newer} (oldest first)
     * @param from      start just past this position (exclusive); absent: the newest (older) or the first (newer)
     */
    Page<MessageView> list(UUID threadId, String direction, Long from, PageRequest page) {
        ThreadAccess.Reader reader = threads.requireReader(threadId);
        String list = "messages:" + threadId + ":" + reader.accountId();
        Position position = cursors.decode(list, page.cursor(), Position.class);
        boolean older = position != null ? "older".equals(position.direction()) : !"newer".equals(direction);
        long anchor = position != null ? position.seq() : from != null ? from : (older ? Long.MAX_VALUE : 0);
        // Messages the reader hid, and those of people they blocked, are not theirs to see.
        List<MessageViews.Stored> rows = messages.page(threadId, reader.accountId(), older, anchor, page.fetchSize());
        boolean olderFirst = older;
        Page<MessageViews.Stored> messages = Page.of(rows, page, m -> m,
                m -> cursors.encode(list, new Position(olderFirst ? "older" : "newer", m.seq())));
        // Translations are looked up for the whole page at once, not per message.
        return new Page<>(views.ofStored(messages.items(), reader.language()), messages.nextCursor());
    }

    public MessageView one(UUID threadId, UUID messageId) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        return views.of(find(member, messageId));
    }

    /** Who has read a message: for its author and for staff in the thread. */
    ReadReceipts receipts(UUID threadId, UUID messageId) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        Message message = find(member, messageId);
        if (!message.authorId().equals(threads.me()) && !Membership.STAFF.equals(member.me().role())) {
            throw ApiException.forbidden("Read receipts are for the author and staff");
        }
        List<ReadReceipts.Reader> readers = participants.readReceipts(threadId, message.authorId(), message.seq());
        long read = readers.stream().filter(ReadReceipts.Reader::read).count();
        return new ReadReceipts(message.id(), readers.size(), read, readers);
    }

    private Message find(ThreadAccess.Member member, UUID messageId) {
        Message message = messageId == null ? null : messages.findById(messageId);
        boolean hidden = message != null && messages.hiddenFor(threads.me(), messageId);
        if (message == null || !message.threadId().equals(member.thread().id()) || hidden) {
            throw ApiException.notFound("Message " + messageId);
        }
        return message;
    }
}
