package org.tandem.celebrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.goals.GoalsForgotten;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.RetentionCategory;
import org.tandem.privacy.RetentionRule;
import org.tandem.privacy.Statements;

/** Celebrations and appreciations older than the district keeps them, with reactions, replies and reports. */
@ApplicationScoped
class CelebrationRetention implements RetentionRule {

    private final Sql sql;
    private final CelebrationsPrivacy celebrations;
    private final Event<CelebrationsForgotten> forgotten;

    CelebrationRetention(Sql sql, CelebrationsPrivacy celebrations, Event<CelebrationsForgotten> forgotten) {
        this.sql = sql;
        this.celebrations = celebrations;
        this.forgotten = forgotten;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.CELEBRATIONS;
    }

    @Override
    public String name() {
        return "celebrations.celebrations";
    }

    @Override
    public long count(String tenant, Instant cutoff) {
        return sql.one("SELECT (SELECT count(*) FROM celebration WHERE tenant_id = ? AND created_at < ?)"
                + " + (SELECT count(*) FROM appreciation WHERE tenant_id = ? AND created_at < ?)", rs -> rs.getLong(1),
                tenant, cutoff, tenant, cutoff).orElse(0L);
    }

    @Override
    public int purge(String tenant, Instant cutoff) {
        List<UUID> ids = Statements.ids(sql, "SELECT id FROM celebration WHERE tenant_id = ? AND created_at < ?", tenant, cutoff);
        if (!ids.isEmpty()) {
            forgotten.fire(new CelebrationsForgotten(tenant, ids));
            celebrations.removeCelebrations(tenant, ids);
        }
        return ids.size() + sql.update("DELETE FROM appreciation WHERE tenant_id = ? AND created_at < ?", tenant, cutoff);
    }

    /** A goal retention removes is no longer what a celebration marks. */
    void goalsForgotten(@Observes GoalsForgotten event) {
        sql.update("UPDATE celebration SET goal_id = NULL WHERE tenant_id = ? AND goal_id = ANY (?)", event.tenant(), event.goalIds());
    }
}
