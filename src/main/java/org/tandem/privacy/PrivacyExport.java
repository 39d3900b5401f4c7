package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.platform.persistence.Sql;

/** Privacy's own section of an export: the disclosures of the student's records so far. */
@ApplicationScoped
class PrivacyExport implements StudentRecordsExport {

    private final Sql sql;

    PrivacyExport(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String section() {
        return "disclosures";
    }

    @Override
    public String description() {
        return "Each time the student's records left the school: who received them, what, when and why";
    }

    @Override
    public int sectionOrder() {
        return 70;
    }

    @Override
    public Object export(ExportScope scope) {
        return ExportRows.list(sql, """
                SELECT occurred_at, recipient_kind, records, purpose FROM disclosure
                WHERE tenant_id = ? AND student_id = ? ORDER BY occurred_at, id""", scope.tenant(), scope.studentId());
    }
}
