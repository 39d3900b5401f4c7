package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/** The inbox, one thread as its participant sees it, read positions and per-participant flags. */
@ApplicationScoped
@Transactional
class ThreadService {

    record InboxPosition(Instant at, UUID thread) {
    }

    private final EntityManager em;
    private final Caller caller;
    private final ThreadAccess threads;
    private final CursorCodec cursors;
    private final AccessPolicy access;
    private final UnreadCounts unreadCounts;
    private final ThreadOutlook outlook;

    ThreadService(EntityManager em, Caller caller, ThreadAccess threads, CursorCodec cursors, AccessPolicy access,
                  ThreadOutlook outlook, UnreadCounts unreadCounts) {
        this.unreadCounts = unreadCounts;
        this.em = em;
        this.caller = caller;
        this.threads = threads;
        this.cursors = cursors;
        this.access = access;
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
        StringBuilder jpql = new StringBuilder("""
                SELECT p, t, m FROM Participant p JOIN MessageThread t ON t.id = p.threadId
                LEFT JOIN Message m ON m.threadId = t.id AND m.seq = t.lastSeq
                WHERE p.accountId = :me AND p.active = true AND p.archived = :archived""");
        if (Boolean.TRUE.equals(query.unread)) jpql.append(" AND p.unreadCount > 0");
        if (Boolean.TRUE.equals(query.starred)) jpql.append(" AND p.starred = true");
        if (query.studentId != null) jpql.append(" AND t.studentId = :student");
        if (query.classId != null) jpql.append(" AND t.classId = :class");
        if (after != null) {
            // The redundant "<= :afterAt" is what PostgreSQL can use as a range bound on the inbox index;
            // with the OR alone it filters every row above the cursor, so a deep page cost as much as OFFSET.
            jpql.append(" AND p.lastActivityAt <= :afterAt"
                    + " AND (p.lastActivityAt < :afterAt OR (p.lastActivityAt = :afterAt AND p.threadId < :afterId))");
        }
        jpql.append(" ORDER BY p.lastActivityAt DESC, p.threadId DESC");
        var q = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("me", me).setParameter("archived", query.archived)
                .setMaxResults(page.fetchSize());
        if (query.studentId != null) q.setParameter("student", query.studentId);
        if (query.classId != null) q.setParameter("class", query.classId);
        if (after != null) q.setParameter("afterAt", after.at()).setParameter("afterId", after.thread());
        List<Object[]> rows = q.getResultList();
        return Page.of(rows, page,
                row -> ThreadViews.of((MessageThread) row[1], (Participant) row[0], (Message) row[2]),
                row -> cursors.encode(list, new InboxPosition(((Participant) row[0]).lastActivityAt(),
                        ((Participant) row[0]).threadId())));
    }

    /** Total unread messages across the caller's inbox (archived and muted threads excluded). */
    @Transactional(Transactional.TxType.SUPPORTS)
    long unreadTotal() {
        return em.createQuery("""
                        SELECT coalesce(sum(p.unreadCount), 0) FROM Participant p
                        WHERE p.accountId = :me AND p.active = true AND p.archived = false AND p.muted = false""", Long.class)
                .setParameter("me", caller.accountId()).getSingleResult();
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
        ThreadAccess.Member member = threads.requireMember(threadId);
        if (!Membership.STAFF.equals(member.me().role()) || !threads.isStaff()) {
            throw ApiException.forbidden("Only staff and administrators lock threads");
        }
        member.thread().lock(locked);
        em.flush();
        return get(threadId);
    }

    private Message lastMessage(UUID threadId, long seq) {
        return em.createQuery("FROM Message m WHERE m.threadId = :thread AND m.seq = :seq", Message.class)
                .setParameter("thread", threadId).setParameter("seq", seq).getResultStream().findFirst().orElse(null);
    }
}
