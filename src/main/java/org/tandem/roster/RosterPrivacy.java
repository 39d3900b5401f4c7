package org.tandem.roster;

import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;

/**
 * Roster sync's part of a student's deletion: the lines of import reports that name the student's
 * record by its information-system id. (If the information system still sends the student, the next
 * import creates a new record: deletion in Tandem does not reach the district's source.)
 */
@ApplicationScoped
class RosterPrivacy implements StudentErasure {

    private final Sql sql;

    RosterPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "roster";
    }

    @Override
    public void erase(ErasedStudent student) {
        if (student.sourcedId() == null) {
            return;
        }
        student.removed(feature(), sql.update("DELETE FROM roster_import_change WHERE tenant_id = ? AND sourced_id = ?"
                + " AND record_type = 'students'",
                student.tenant(), student.sourcedId()));
    }
}
