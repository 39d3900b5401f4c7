package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;

/** The audit log's part of a student's deletion: the record of who read the student's records. */
@ApplicationScoped
class AccessPrivacy implements StudentErasure {

    private final Sql sql;

    AccessPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "audit";
    }

    @Override
    public void erase(ErasedStudent student) {
        student.removed(feature(), sql.update("DELETE FROM audit_event WHERE tenant_id = ? AND student_id = ?",
                student.tenant(), student.studentId()));
    }
}
