package org.tandem.messaging.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.access.Connections;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.message.Message;
import org.tandem.messaging.message.MessageViews;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.tenancy.TenantContext;

/**
 * Full-text search over the messages of the caller's own threads, newest first. Only threads the
 * caller is an active member of take part (and, for a guardian, only student threads their link
 * still allows); deleted, hidden-for-me and blocked authors' messages never match.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class MessageSearch {

    /** Where a page continues: just older than this message. */
    record Position(Instant at, long seq, UUID id) {
    }

    private final EntityManager em;
    private final ThreadAccess threads;
    private final MessageViews views;
    private final CursorCodec cursors;
    private final TenantContext tenant;

    MessageSearch(EntityManager em, ThreadAccess threads, MessageViews views, CursorCodec cursors, TenantContext tenant) {
        this.em = em;
        this.threads = threads;
        this.views = views;
        this.cursors = cursors;
        this.tenant = tenant;
    }

    Page<MessageView> search(String q, UUID threadId, PageRequest page) {
        if (threadId != null) {
            threads.requireMember(threadId);
        }
        UUID me = threads.me();
        String list = "search:" + me + ":" + threadId + ":" + q;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        var query = em.createNativeQuery("""
                        SELECT m.id FROM message m
                        JOIN thread_participant p ON p.thread_id = m.thread_id AND p.account_id = :me AND p.active
                        JOIN thread t ON t.id = m.thread_id
                        WHERE m.tenant_id = :tenant AND m.search @@ websearch_to_tsquery('simple', :q)
                          AND m.deleted_at IS NULL
                          AND (CAST(:thread AS uuid) IS NULL OR m.thread_id = CAST(:thread AS uuid))
                          AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.message_id = m.id AND h.account_id = :me)
                          AND NOT EXISTS (SELECT 1 FROM contact_block b WHERE b.blocker_id = :me AND b.blocked_id = m.author_id)
                          AND (t.student_id IS NULL OR p.role = 'staff' OR """
                        + Connections.currentLinkSql(":tenant", ":me", "t.student_id") + """
                        )
                          AND (CAST(:afterAt AS timestamptz) IS NULL
                               OR (m.created_at, m.seq, m.id) < (CAST(:afterAt AS timestamptz), :afterSeq, CAST(:afterId AS uuid)))
                        ORDER BY m.created_at DESC, m.seq DESC, m.id DESC
                        LIMIT :fetch""")
                .setParameter("me", me)
                .setParameter("tenant", tenant.current().orElseThrow().toString())
                .setParameter("q", q)
                .setParameter("thread", threadId == null ? null : threadId.toString())
                .setParameter("afterAt", after == null ? null : after.at().toString())
                .setParameter("afterSeq", after == null ? 0L : after.seq())
                .setParameter("afterId", after == null ? null : after.id().toString())
                .setParameter("fetch", page.fetchSize());
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        Map<UUID, Message> found = ids.isEmpty() ? Map.of()
                : em.createQuery("FROM Message m WHERE m.id IN :ids", Message.class).setParameter("ids", ids)
                        .getResultStream().collect(Collectors.toMap(Message::id, Function.identity()));
        List<Message> rows = ids.stream().map(found::get).toList();
        Page<Message> messages = Page.of(rows, page, Function.identity(),
                m -> cursors.encode(list, new Position(m.createdAt(), m.seq(), m.id())));
        return new Page<>(views.ofAll(messages.items()), messages.nextCursor());
    }
}
