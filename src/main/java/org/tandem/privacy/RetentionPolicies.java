package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/** Reads and writes districts' retention policies; a district without one has the configured defaults. */
@ApplicationScoped
class RetentionPolicies {

    private final Sql sql;
    private final PrivacySettings settings;
    private final Clock clock;

    RetentionPolicies(Sql sql, PrivacySettings settings, Clock clock) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
    }

    RetentionPolicyView.Policy of(String tenant) {
        return sql.one("SELECT messages_days, celebrations_days, closed_goals_days, notifications_days, audit_days, deliveries_days,"
                        + " updated_at, version FROM retention_policy WHERE tenant_id = ?",
                rs -> new RetentionPolicyView.Policy(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        false, Sql.instant(rs, "updated_at"), rs.getLong("version")), tenant)
                .orElseGet(this::defaults);
    }

    RetentionPolicyView.Policy defaults() {
        PrivacySettings.Retention d = settings.retention();
        return new RetentionPolicyView.Policy(d.messagesDays(), d.celebrationsDays(), d.closedGoalsDays(), d.notificationsDays(),
                d.auditDays(), d.deliveriesDays(), true, null, 0);
    }

    /** Writes the policy if its version is still {@code expected}; false when another write came first. */
    boolean write(String tenant, RetentionPolicyView.Update u, UUID by, long expected) {
        Optional<Long> current = sql.one("SELECT version FROM retention_policy WHERE tenant_id = ? FOR UPDATE", rs -> rs.getLong(1), tenant);
        if (current.orElse(0L) != expected) {
            return false;
        }
        return sql.update("""
                INSERT INTO retention_policy (tenant_id, messages_days, celebrations_days, closed_goals_days, notifications_days,
                                              audit_days, deliveries_days, updated_by, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (tenant_id) DO UPDATE SET messages_days = excluded.messages_days,
                    celebrations_days = excluded.celebrations_days, closed_goals_days = excluded.closed_goals_days,
                    notifications_days = excluded.notifications_days, audit_days = excluded.audit_days,
                    deliveries_days = excluded.deliveries_days, updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                    version = retention_policy.version + 1
                WHERE retention_policy.version = ?""", tenant, u.messagesDays(), u.celebrationsDays(), u.closedGoalsDays(),
                u.notificationsDays(), u.auditRecordsDays(), u.deliveriesDays(), by, clock.instant(), expected) == 1;
    }
}
