package org.tandem.messaging.blocks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

    private final EntityManager em;
    private final ThreadAccess threads;
    private final CursorCodec cursors;
    private final UnreadCounts unreadCounts;
    private final Connections connections;

    ContactBlocks(EntityManager em, ThreadAccess threads, CursorCodec cursors, UnreadCounts unreadCounts,
                  Connections connections) {
        this.unreadCounts = unreadCounts;
        this.connections = connections;
        this.em = em;
        this.threads = threads;
        this.cursors = cursors;
    }

    Blocked block(UUID accountId) {
        UUID me = threads.me();
        if (accountId.equals(me)) {
            throw ApiException.unprocessable("cannot_block_self", "You cannot block yourself");
        }
        Account target = em.createQuery("FROM Account a WHERE a.id = :id AND a.active = true", Account.class)
                .setParameter("id", accountId).getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Account " + accountId));
        if (!threads.isStaff() && isStaff(target)) {
            throw ApiException.forbidden("Families cannot block school staff; report a message to the school instead");
        }
        ContactBlock block = em.find(ContactBlock.class, new ContactBlock.Key(me, accountId));
        boolean created = block == null;
        if (created) {
            block = new ContactBlock(me, accountId);
            em.persist(block);
            em.flush();
            unreadCounts.recountShared(me, accountId);
        }
        return new Blocked(new Blocks.Block(accountId, target.displayName(), block.createdAt()), created);
    }

    void unblock(UUID accountId) {
        ContactBlock block = em.find(ContactBlock.class, new ContactBlock.Key(threads.me(), accountId));
        if (block == null) {
            throw ApiException.notFound("Block of " + accountId);
        }
        em.remove(block);
        unreadCounts.recountShared(threads.me(), accountId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<Blocks.Block> list(PageRequest page) {
        UUID me = threads.me();
        String list = "blocks:" + me;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        var query = em.createQuery("""
                        SELECT b, a.displayName FROM ContactBlock b JOIN Account a ON a.id = b.blockedId
                        WHERE b.blockerId = :me""" + (after == null ? ""
                        : " AND (b.createdAt < :at OR (b.createdAt = :at AND b.blockedId < :account))")
                        + " ORDER BY b.createdAt DESC, b.blockedId DESC", Object[].class)
                .setParameter("me", me).setMaxResults(page.fetchSize());
        if (after != null) query.setParameter("at", after.at()).setParameter("account", after.account());
        return Page.of(query.getResultList(), page,
                row -> new Blocks.Block(((ContactBlock) row[0]).blockedId(), (String) row[1], ((ContactBlock) row[0]).createdAt()),
                row -> cursors.encode(list, new Position(((ContactBlock) row[0]).createdAt(), ((ContactBlock) row[0]).blockedId())));
    }

    /** Refuses a direct thread that the caller starts with someone who has blocked them. */
    public void refuseIfBlocked(MessageThread thread) {
        if (thread.kind() != ThreadKind.DIRECT) {
            return;
        }
        boolean blocked = !em.createQuery("""
                        SELECT 1 FROM Participant p, ContactBlock b
                        WHERE p.threadId = :thread AND b.blockerId = p.accountId AND b.blockedId = :me""")
                .setParameter("thread", thread.id()).setParameter("me", threads.me()).getResultList().isEmpty();
        if (blocked) {
            throw ApiException.notFound("A person this thread names");
        }
    }

    private boolean isStaff(Account account) {
        return account.districtAdmin() || !connections.staffRecordsOf(account.id()).isEmpty();
    }
}
