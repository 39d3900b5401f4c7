package org.tandem.messaging.blocks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.identity.Account;
import org.tandem.messaging.dto.Blocks;

/** Who blocked whom. */
@ApplicationScoped
class ContactBlockRepository implements PanacheRepositoryBase<ContactBlock, ContactBlock.Key> {

    /** The blocker's block of this account; null when there is none. */
    ContactBlock of(UUID blockerId, UUID blockedId) {
        return findById(new ContactBlock.Key(blockerId, blockedId));
    }

    /** An active account to block (identity's entity, read by name as before). */
    Optional<Account> activeAccount(UUID accountId) {
        return getEntityManager().createQuery("FROM Account a WHERE a.id = :id AND a.active = true", Account.class)
                .setParameter("id", accountId).getResultStream().findFirst();
    }

    /** A page of the blocker's blocks with the blocked people's names, latest first, below the cursor when given. */
    List<Blocks.Block> page(UUID blockerId, Instant afterAt, UUID afterAccount, int limit) {
        var query = getEntityManager().createQuery("""
                        SELECT b, a.displayName FROM ContactBlock b JOIN Account a ON a.id = b.blockedId
                        WHERE b.blockerId = :me""" + (afterAt == null ? ""
                        : " AND (b.createdAt < :at OR (b.createdAt = :at AND b.blockedId < :account))")
                        + " ORDER BY b.createdAt DESC, b.blockedId DESC", Object[].class)
                .setParameter("me", blockerId).setMaxResults(limit);
        if (afterAt != null) query.setParameter("at", afterAt).setParameter("account", afterAccount);
        return query.getResultList().stream()
                .map(row -> new Blocks.Block(((ContactBlock) row[0]).blockedId(), (String) row[1],
                        ((ContactBlock) row[0]).createdAt()))
                .toList();
    }

    /** Whether any member of the thread has blocked this account. */
    boolean blockedByAMemberOf(UUID threadId, UUID accountId) {
        return !getEntityManager().createQuery("""
                        SELECT 1 FROM Participant p, ContactBlock b
                        WHERE p.threadId = :thread AND b.blockerId = p.accountId AND b.blockedId = :me""")
                .setParameter("thread", threadId).setParameter("me", accountId).getResultList().isEmpty();
    }
}
