package org.tandem.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.messaging.message.Message;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.messaging.thread.UnreadCounts;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;

/** The inbox, one thread as its participant sees it, read positions and per-participant flags. */
@ApplicationScoped
@Transactional
class ThreadService {

    record InboxPosition(Instant at, UUID thread) {
    }

    private final EntityManager em;
    private final Sql sql;
    private final Caller caller;
    private final ThreadAccess threads;
    private final CursorCodec cursors;
    private final UnreadCounts unreadCounts;
    private final ThreadOutlook outlook;

    ThreadService(EntityManager em, Sql sql, Caller caller, ThreadAccess threads, CursorCodec cursors,
                  ThreadOutlook outlook, UnreadCounts unreadCounts) {
        this.unreadCounts = unreadCounts;
        this.em = em;
        this.sql = sql;
        this.caller = caller;
        this.threads = threads;
        this.cursors = cursors;
        this.outlook = outlook;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ThreadView get(UUID threadId) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        Message last = member.thread().lastSeq() == 0 ? null : lastMessage(threadId, member.thread().lastSeq());
        return outlook.complete(ThreadViews.of(member.thread(), member.me(), last), member);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ThreadView> inbox(InboxQuery query, PageRequest page) {
        UUID me = caller.accountId();
        String list = "inbox:" + me + ":" + query.fingerprint();
        InboxPosition after = cursors.decode(list, page.cursor(), InboxPosition.class);
        String tenant = sql.tenant();
        List<Object> params = new ArrayList<>(List.of(tenant, tenant, me, query.archived));
        StringBuilder select = new StringBuilder("SELECT " + ThreadViews.INBOX_COLUMNS + """
                 FROM thread_participant p
                JOIN thread t ON t.tenant_id = ? AND t.id = p.thread_id
                WHERE p.tenant_id = ? AND p.account_id = ? AND p.active AND p.archived = ?""");
        if (Boolean.TRUE.equals(query.unread)) select.append(" AND p.unread_count > 0");
        if (Boolean.TRUE.equals(query.starred)) select.append(" AND p.starred");
        if (query.studentId != null) {
            select.append(" AND t.student_id = ?");
            params.add(query.studentId);
        }
        if (query.classId != null) {
            select.append(" AND t.class_id = ?");
            params.add(query.classId);
        }
        if (after != null) {
            // The redundant "<= at" is what PostgreSQL can use as a range bound on the inbox index;
            // with the OR alone it filters every row above the cursor, so a deep page cost as much as OFFSET.
            select.append(" AND p.last_activity_at <= ?"
                    + " AND (p.last_activity_at < ? OR (p.last_activity_at = ? AND p.thread_id < ?))");
            params.addAll(List.of(after.at(), after.at(), after.at(), after.thread()));
        }
        select.append(" ORDER BY p.last_activity_at DESC, p.thread_id DESC LIMIT ?");
        params.add(page.fetchSize());
        List<ThreadViews.InboxRow> rows = sql.list(select.toString(), ThreadViews::inboxRow, params.toArray());
        return Page.of(rows, page, ThreadViews.InboxRow::view,
                row -> cursors.encode(list, new InboxPosition(row.activityAt(), row.view().id())));
    }

    /** Total unread messages across the caller's inbox (archived and muted threads excluded). */
    @Transactional(Transactional.TxType.SUPPORTS)
    long unreadTotal() {
        return sql.one("""
                        SELECT coalesce(sum(unread_count), 0) FROM thread_participant
                        WHERE tenant_id = ? AND account_id = ? AND active AND NOT archived AND NOT muted""",
                rs -> rs.getLong(1), sql.tenant(), caller.accountId()).orElse(0L);
    }

    /** Marks read up to a message (never backwards) and recounts what is left unread. */
    ThreadView markRead(UUID threadId, long upToSeq) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        if (upToSeq > member.thread().lastSeq() || upToSeq < 0) {
            throw ApiException.unprocessable("no_such_message", "The thread has no message " + upToSeq);
        }
        unreadCounts.markRead(threadId, caller.accountId(), upToSeq);
        em.clear();
        return get(threadId);
    }

    ThreadView setFlags(UUID threadId, Boolean archived, Boolean muted, Boolean starred) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        member.me().setFlags(archived, muted, starred);
        em.flush();
        return get(threadId);
    }

    ThreadView lock(UUID threadId, boolean locked) {
        ThreadAccess.Member member = threads.requireStaffMember(threadId, "Only staff and administrators lock threads");
        member.thread().lock(locked);
        em.flush();
        return get(threadId);
    }

    private Message lastMessage(UUID threadId, long seq) {
        return em.createQuery("FROM Message m WHERE m.threadId = :thread AND m.seq = :seq", Message.class)
                .setParameter("thread", threadId).setParameter("seq", seq).getResultStream().findFirst().orElse(null);
    }
}
