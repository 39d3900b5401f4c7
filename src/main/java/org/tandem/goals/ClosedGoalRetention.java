package org.tandem.goals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.celebrations.CelebrationsForgotten;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.RetentionCategory;
import org.tandem.privacy.RetentionRule;
import org.tandem.privacy.Statements;

/**
 * Goals closed (achieved, discontinued, withdrawn) longer ago than the district keeps them go with their
 * check-ins, comments, milestones and history; open goals are never removed by retention.
 */
@ApplicationScoped
class ClosedGoalRetention implements RetentionRule {

    private static final String CLOSED = " FROM goal WHERE tenant_id = ? AND status IN ('achieved', 'discontinued', 'withdrawn')"
            + " AND coalesce(closed_at, updated_at) < ?";

    private final Sql sql;
    private final GoalsPrivacy goals;
    private final Event<GoalsForgotten> forgotten;

    ClosedGoalRetention(Sql sql, GoalsPrivacy goals, Event<GoalsForgotten> forgotten) {
        this.sql = sql;
        this.goals = goals;
        this.forgotten = forgotten;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.CLOSED_GOALS;
    }

    @Override
    public String name() {
        return "goals.closed_goals";
    }

    @Override
    public long count(String tenant, Instant cutoff) {
        return sql.one("SELECT count(*)" + CLOSED, rs -> rs.getLong(1), tenant, cutoff).orElse(0L);
    }

    @Override
    public int purge(String tenant, Instant cutoff) {
        List<UUID> ids = Statements.ids(sql, "SELECT id" + CLOSED, tenant, cutoff);
        if (ids.isEmpty()) {
            return 0;
        }
        forgotten.fire(new GoalsForgotten(tenant, ids));
        sql.update("UPDATE goal SET celebration_id = NULL WHERE tenant_id = ? AND id = ANY (?)", tenant, ids);
        goals.removeGoals(tenant, ids, null);
        return ids.size();
    }

    /** A celebration retention removes no longer marks a goal's achievement. */
    void celebrationsForgotten(@Observes CelebrationsForgotten event) {
        sql.update("UPDATE goal SET celebration_id = NULL WHERE tenant_id = ? AND celebration_id = ANY (?)",
                event.tenant(), event.celebrationIds());
    }
}
