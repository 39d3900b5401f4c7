package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.platform.persistence.Sql;

/** Privacy's own rows about a student: its disclosure log and its exports (archives included). */
@ApplicationScoped
class PrivacyRecordsErasure implements StudentErasure {

    private final Sql sql;

    PrivacyRecordsErasure(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "privacy";
    }

    @Override
    public void erase(ErasedStudent student) {
        student.forgotten(Statements.ids(sql, "SELECT id FROM student_export WHERE tenant_id = ? AND student_id = ?",
                student.tenant(), student.studentId()));
        student.removed(feature(), sql.update("DELETE FROM disclosure WHERE tenant_id = ? AND student_id = ?",
                student.tenant(), student.studentId())
                + sql.update("DELETE FROM student_export WHERE tenant_id = ? AND student_id = ?", student.tenant(), student.studentId()));
    }
}
