package org.tandem.messaging.inbox;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.messaging.ThreadRead;
import org.tandem.messaging.dto.ThreadView;
import org.tandem.messaging.thread.ParticipantRepository;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.messaging.thread.ThreadRepository;
import org.tandem.messaging.thread.UnreadCounts;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.tenancy.TenantContext;

/** The inbox, one thread as its participant sees it, read positions and per-participant flags. */
@Singleton
@Transactional
class ThreadService {

    record InboxPosition(Instant at, UUID thread) {
    }

    private final ThreadRepository threadRows;
    private final ParticipantRepository participants;
    private final Caller caller;
    private final ThreadAccess threads;
    private final CursorCodec cursors;
    private final UnreadCounts unreadCounts;
    private final ThreadOutlook outlook;
    private final TenantContext tenant;
    private final Event<ThreadRead> read;

    ThreadService(ThreadRepository threadRows, ParticipantRepository participants,
                  Caller caller, ThreadAccess threads, CursorCodec cursors, ThreadOutlook outlook,
                  UnreadCounts unreadCounts, TenantContext tenant, Event<ThreadRead> read) {
        this.tenant = tenant;
        this.read = read;
        this.unreadCounts = unreadCounts;
        this.threadRows = threadRows;
        this.participants = participants;
        this.caller = caller;
        this.threads = threads;
        this.cursors = cursors;
        this.outlook = outlook;
    }

    /** One thread as the caller sees it: one statement for the membership, one for the view. */
    @Transactional(Transactional.TxType.SUPPORTS)
    ThreadView get(UUID threadId) {
        return view(threads.requireReader(threadId));
    }

    private ThreadView view(ThreadAccess.Reader reader) {
        ThreadViews.InboxRow row = participants.inboxRow(reader.accountId(), reader.threadId(), ThreadViews::inboxRow)
                .orElseThrow(() -> ApiException.notFound("Thread " + reader.threadId()));
        return outlook.complete(row.view(), reader.role(), reader.accountId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ThreadView> inbox(InboxQuery query, PageRequest page) {
        UUID me = caller.accountId();
        String list = "inbox:" + me + ":" + query.fingerprint();
        InboxPosition after = cursors.decode(list, page.cursor(), InboxPosition.class);
        ParticipantRepository.InboxFilter filter = new ParticipantRepository.InboxFilter(query.archived,
                Boolean.TRUE.equals(query.unread), Boolean.TRUE.equals(query.starred), query.studentId, query.classId);
        List<ThreadViews.InboxRow> rows = participants.inboxPage(me, filter, after == null ? null : after.at(),
                after == null ? null : after.thread(), page.fetchSize(), ThreadViews::inboxRow);
        return Page.of(rows, page, ThreadViews.InboxRow::view,
                row -> cursors.encode(list, new InboxPosition(row.activityAt(), row.view().id())));
    }

    /** Total unread messages across the caller's inbox (archived and muted threads excluded). */
    @Transactional(Transactional.TxType.SUPPORTS)
    long unreadTotal() {
        return participants.unreadTotal(caller.accountId());
    }

    /**
     * Marks read up to a message (never backwards) and recounts what is left unread: two statements
     * in auto-commit (the reader; the conditional recount, which returns the view), and for a
     * guardian a third (the staff's office hours; see
     * {@link UnreadCounts#markRead} for why no transaction is needed around them).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    ThreadView markRead(UUID threadId, long upToSeq) {
        ThreadAccess.Reader reader = threads.requireReader(threadId);
        if (upToSeq < 0) {
            throw noSuchMessage(upToSeq);
        }
        ThreadViews.InboxRow row = unreadCounts.markRead(threadId, reader.accountId(), upToSeq, reader.state(),
                ThreadViews::inboxRow).orElseThrow(() -> noSuchMessage(upToSeq));
        ThreadView view = outlook.complete(row.view(), reader.role(), reader.accountId());
        // From what the request holds (the token's tenant, the view just read): no statement is added.
        tenant.current().ifPresent(tenantId -> read.fire(new ThreadRead(tenantId, threadId, reader.accountId(),
                view.lastReadSeq(), view.unreadCount())));
        return view;
    }

    private static ApiException noSuchMessage(long seq) {
        return ApiException.unprocessable("no_such_message", "The thread has no message " + seq);
    }

    ThreadView setFlags(UUID threadId, Boolean archived, Boolean muted, Boolean starred) {
        ThreadAccess.Member member = threads.requireMember(threadId);
        member.me().setFlags(archived, muted, starred);
        participants.flush();
        return get(threadId);
    }

    ThreadView lock(UUID threadId, boolean locked) {
        ThreadAccess.Member member = threads.requireStaffMember(threadId, "Only staff and administrators lock threads");
        member.thread().lock(locked);
        threadRows.flush();
        return get(threadId);
    }
}
