package org.tandem.celebrations.reactions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.celebrations.CelebrationGuard;
import org.tandem.celebrations.CelebrationReads;
import org.tandem.celebrations.dto.CelebrationView;
import org.tandem.platform.persistence.Sql;

/**
 * Reactions: one row per person, celebration and reaction. Adding is an insert that does nothing
 * when the row exists (the primary key decides between concurrent requests, so thirty identical
 * requests make one reaction); removing deletes the row. Counts are counted from the rows when read,
 * so they are exact whatever the interleaving of adds and removes.
 */
@ApplicationScoped
@Transactional
public class ReactionService {

    /** The celebration after the change, and whether a reaction was added by this request. */
    public record Outcome(CelebrationView celebration, boolean added) {
    }

    private final CelebrationGuard guard;
    private final CelebrationReads reads;
    private final Sql sql;

    ReactionService(CelebrationGuard guard, CelebrationReads reads, Sql sql) {
        this.guard = guard;
        this.reads = reads;
        this.sql = sql;
    }

    Outcome add(UUID celebrationId, Reaction reaction) {
        guard.seeOpen(celebrationId);
        UUID me = guard.me();
        boolean added = !sql.list("""
                        INSERT INTO celebration_reaction (tenant_id, celebration_id, account_id, reaction)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING reaction""", rs -> rs.getString(1),
                sql.tenant(), celebrationId, me, reaction.wire()).isEmpty();
        return new Outcome(reads.one(celebrationId, me).orElseThrow().view(), added);
    }

    void remove(UUID celebrationId, Reaction reaction) {
        guard.see(celebrationId);
        sql.list("""
                        DELETE FROM celebration_reaction WHERE tenant_id = ? AND celebration_id = ? AND account_id = ?
                          AND reaction = ? RETURNING reaction""", rs -> rs.getString(1),
                sql.tenant(), celebrationId, guard.me(), reaction.wire());
    }
}
