package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.RetentionCategory;
import org.tandem.privacy.RetentionRule;

/** Reads of students' records in the audit log, past the district's retention period. */
@ApplicationScoped
class AuditRetention implements RetentionRule {

    private final Sql sql;

    AuditRetention(Sql sql) {
        this.sql = sql;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.AUDIT_RECORDS;
    }

    @Override
    public String name() {
        return "access.audit_events";
    }

    @Override
    public long count(String tenant, Instant cutoff) {
        return sql.one("SELECT count(*) FROM audit_event WHERE tenant_id = ? AND occurred_at < ?", rs -> rs.getLong(1), tenant, cutoff)
                .orElse(0L);
    }

    @Override
    public int purge(String tenant, Instant cutoff) {
        return sql.update("DELETE FROM audit_event WHERE tenant_id = ? AND occurred_at < ?", tenant, cutoff);
    }
}
