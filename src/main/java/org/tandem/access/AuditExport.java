package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ExportRows;
import org.tandem.privacy.ExportScope;
import org.tandem.privacy.StudentRecordsExport;

/** The audit log's section of a student's export: every read of the student's records, oldest first. */
@ApplicationScoped
class AuditExport implements StudentRecordsExport {

    private final Sql sql;

    AuditExport(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String section() {
        return "auditLog";
    }

    @Override
    public String description() {
        return "Who in the school read the student's records, when, in which role and why";
    }

    @Override
    public int sectionOrder() {
        return 60;
    }

    @Override
    public Object export(ExportScope scope) {
        return ExportRows.list(sql, """
                SELECT e.occurred_at, coalesce(a.display_name, '') AS reader, e.actor_role, e.action, e.purpose
                FROM audit_event e LEFT JOIN account a ON a.tenant_id = e.tenant_id AND a.id = e.actor_id
                WHERE e.tenant_id = ? AND e.student_id = ? ORDER BY e.occurred_at, e.id""", scope.tenant(), scope.studentId());
    }
}
