package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/** Writes privacy records directly, for the demo district (inside its tenant and transaction). */
@ApplicationScoped
public class PrivacySeeder {

    private final Sql sql;

    PrivacySeeder(Sql sql) {
        this.sql = sql;
    }

    public boolean hasPolicy() {
        return sql.one("SELECT 1 FROM retention_policy WHERE tenant_id = ?", rs -> 1, sql.tenant()).isPresent();
    }

    public void retentionPolicy(int messages, int celebrations, int closedGoals, int notifications, int audit, int deliveries,
                                UUID by, Instant at) {
        sql.update("INSERT INTO retention_policy (tenant_id, messages_days, celebrations_days, closed_goals_days, notifications_days,"
                        + " audit_days, deliveries_days, updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                sql.tenant(), messages, celebrations, closedGoals, notifications, audit, deliveries, by, at);
    }

    /** A queued export, which the export job builds on its next beat. */
    public void queuedExport(UUID studentId, UUID requestedBy, boolean administrator, String purpose, boolean goals,
                             boolean confidential, Instant at) {
        sql.update("INSERT INTO student_export (tenant_id, id, student_id, requested_by, requester_role, purpose, include_goals,"
                        + " include_confidential, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)",
                sql.tenant(), UUID.randomUUID(), studentId, requestedBy, administrator ? "administrator" : "guardian", purpose,
                goals, confidential, at);
    }

    public void disclosure(UUID studentId, String recipientKind, UUID recipientId, String records, String purpose, Instant at) {
        sql.update("INSERT INTO disclosure (tenant_id, id, student_id, occurred_at, recipient_kind, recipient_id, records, purpose)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sql.tenant(), UUID.randomUUID(), studentId, at, recipientKind, recipientId,
                records, purpose);
    }
}
