package org.tandem.messaging.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.dto.ReadReceipts;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;
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

    private final EntityManager em;
    private final Sql sql;
    private final ThreadAccess threads;
    private final MessageViews views;
    private final CursorCodec cursors;

    MessageReading(EntityManager em, Sql sql, ThreadAccess threads, MessageViews views, CursorCodec cursors) {
        this.em = em;
        this.sql = sql;
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
        String tenant = sql.tenant();
        // Messages the reader hid, and those of people they blocked, are not theirs to see.
        List<MessageViews.Stored> rows = sql.list("SELECT " + MessageViews.STORED_COLUMNS + " FROM message m"
                        + " WHERE m.tenant_id = ? AND m.thread_id = ? AND m.seq " + (older ? "<" : ">") + " ?"
                        + " AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.tenant_id = ?"
                        + "                 AND h.account_id = ? AND h.message_id = m.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.tenant_id = ?"
                        + "                 AND b.blocker_id = ? AND b.blocked_id = m.author_id)"
                        + " ORDER BY m.seq " + (older ? "DESC" : "ASC") + " LIMIT ?",
                MessageViews::stored,
                tenant, threadId, anchor, tenant, reader.accountId(), tenant, reader.accountId(), page.fetchSize());
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
        List<Object[]> rows = em.createQuery("""
                        SELECT p.accountId, a.displayName, p.role, p.lastReadSeq >= :seq, p.lastReadAt
                        FROM Participant p JOIN Account a ON a.id = p.accountId
                        WHERE p.threadId = :thread AND p.active = true AND p.accountId <> :author
                        ORDER BY a.displayName""", Object[].class)
                .setParameter("seq", message.seq()).setParameter("thread", threadId)
                .setParameter("author", message.authorId()).getResultList();
        List<ReadReceipts.Reader> readers = rows.stream()
                .map(r -> new ReadReceipts.Reader((UUID) r[0], (String) r[1], (String) r[2], (Boolean) r[3],
                        (Boolean) r[3] ? (java.time.Instant) r[4] : null))
                .toList();
        long read = readers.stream().filter(ReadReceipts.Reader::read).count();
        return new ReadReceipts(message.id(), readers.size(), read, readers);
    }

    private Message find(ThreadAccess.Member member, UUID messageId) {
        Message message = messageId == null ? null : em.find(Message.class, messageId);
        boolean hidden = message != null && em.find(HiddenMessage.class, new HiddenMessage.Key(threads.me(), messageId)) != null;
        if (message == null || !message.threadId().equals(member.thread().id()) || hidden) {
            throw ApiException.notFound("Message " + messageId);
        }
        return message;
    }
}
