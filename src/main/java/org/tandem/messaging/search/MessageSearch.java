package org.tandem.messaging.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.message.Message;
import org.tandem.messaging.message.MessageRepository;
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

    private final MessageRepository messageRows;
    private final ThreadAccess threads;
    private final MessageViews views;
    private final CursorCodec cursors;
    private final TenantContext tenant;

    MessageSearch(MessageRepository messageRows, ThreadAccess threads, MessageViews views, CursorCodec cursors,
                  TenantContext tenant) {
        this.messageRows = messageRows;
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
        List<UUID> ids = messageRows.search(me, tenant.current().orElseThrow(), q, threadId,
                after == null ? null : after.at(), after == null ? 0L : after.seq(), after == null ? null : after.id(),
                page.fetchSize());
        Map<UUID, Message> found = ids.isEmpty() ? Map.of()
                : messageRows.withIds(ids).stream().collect(Collectors.toMap(Message::id, Function.identity()));
        List<Message> rows = ids.stream().map(found::get).toList();
        Page<Message> messages = Page.of(rows, page, Function.identity(),
                m -> cursors.encode(list, new Position(m.createdAt(), m.seq(), m.id())));
        return new Page<>(views.ofAll(messages.items()), messages.nextCursor());
    }
}
