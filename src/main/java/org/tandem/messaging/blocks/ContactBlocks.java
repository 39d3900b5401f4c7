package org.tandem.messaging.blocks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.identity.Account;
import org.tandem.messaging.dto.Blocks;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.messaging.thread.ThreadKind;
import org.tandem.messaging.thread.UnreadCounts;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/**
 * Blocking a contact. Staff and administrators may block anyone; a family may block other families
 * but not school staff (a school must stay reachable about a child; families report a message
 * instead). The blocker no longer sees the blocked person's messages in thread lists or search, and
 * the blocked person cannot start a direct thread with the blocker: that answers 404, as for
 * anyone out of reach, so the block is not disclosed.
 */
@ApplicationScoped
@Transactional
public class ContactBlocks {

    /** A block, and whether it was made now (rather than already in place). */
    record Blocked(Blocks.Block block, boolean created) {
    }

    record Position(Instant at, UUID account) {
    }

    private final ContactBlockRepository blocks;
    private final ThreadAccess threads;
    private final CursorCodec cursors;
    private final UnreadCounts unreadCounts;
    private final Connections connections;

    ContactBlocks(ContactBlockRepository blocks, ThreadAccess threads, CursorCodec cursors, UnreadCounts unreadCounts,
                  Connections connections) {
        this.unreadCounts = unreadCounts;
        this.connections = connections;
        this.blocks = blocks;
        this.threads = threads;
        this.cursors = cursors;
    }

    Blocked block(UUID accountId) {
        UUID me = threads.me();
        if (accountId.equals(me)) {
            throw ApiException.unprocessable("cannot_block_self", "You cannot block yourself");
        }
        Account target = blocks.activeAccount(accountId).orElseThrow(() -> ApiException.notFound("Account " + accountId));
        if (!threads.isStaff() && isStaff(target)) {
            throw ApiException.forbidden("Families cannot block school staff; report a message to the school instead");
        }
        ContactBlock block = blocks.of(me, accountId);
        boolean created = block == null;
        if (created) {
            block = new ContactBlock(me, accountId);
            blocks.persist(block);
            blocks.flush();
            unreadCounts.recountShared(me, accountId);
        }
        return new Blocked(new Blocks.Block(accountId, target.displayName(), block.createdAt()), created);
    }

    void unblock(UUID accountId) {
        ContactBlock block = blocks.of(threads.me(), accountId);
        if (block == null) {
            throw ApiException.notFound("Block of " + accountId);
        }
        blocks.delete(block);
        unreadCounts.recountShared(threads.me(), accountId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Blocks.Block> list(PageRequest page) {
        UUID me = threads.me();
        String list = "blocks:" + me;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        List<Blocks.Block> rows = blocks.page(me, after == null ? null : after.at(),
                after == null ? null : after.account(), page.fetchSize());
        return Page.of(rows, page, row -> row, row -> cursors.encode(list, new Position(row.blockedAt(), row.accountId())));
    }

    /** Refuses a direct thread that the caller starts with someone who has blocked them. */
    public void refuseIfBlocked(MessageThread thread) {
        if (thread.kind() != ThreadKind.DIRECT) {
            return;
        }
        boolean blocked = blocks.blockedByAMemberOf(thread.id(), threads.me());
        if (blocked) {
            throw ApiException.notFound("A person this thread names");
        }
    }

    private boolean isStaff(Account account) {
        return account.districtAdmin() || !connections.staffRecordsOf(account.id()).isEmpty();
    }
}
