package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.AccountErasure;
import org.tandem.privacy.ErasedAccount;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;
import org.tandem.privacy.Statements;

/**
 * The directory's part of a deletion, after every feature that refers to its records. A student's
 * family links, enrollments and record go, and so does the record of a guardian left with no child and
 * no account (a roster-synced parent who never joined). A guardian's account loses its guardian
 * records and their links.
 */
@ApplicationScoped
class DirectoryPrivacy implements StudentErasure, AccountErasure {

    private final Sql sql;

    DirectoryPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "directory";
    }

    @Override
    public int order() {
        return DIRECTORY;
    }

    @Override
    public int accountOrder() {
        return DIRECTORY;
    }

    @Override
    public void erase(ErasedStudent student) {
        String tenant = student.tenant();
        UUID id = student.studentId();
        List<UUID> guardians = Statements.ids(sql, "DELETE FROM guardianship WHERE tenant_id = ? AND student_id = ? RETURNING guardian_id",
                tenant, id);
        int rows = guardians.size() + sql.update("DELETE FROM enrollment WHERE tenant_id = ? AND student_id = ?", tenant, id);
        List<UUID> orphans = Statements.ids(sql, "DELETE FROM guardian g WHERE g.tenant_id = ? AND g.id = ANY (?) AND g.account_id IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM guardianship l WHERE l.tenant_id = g.tenant_id AND l.guardian_id = g.id)"
                + " RETURNING id", tenant, guardians);
        rows += orphans.size() + sql.update("DELETE FROM student WHERE tenant_id = ? AND id = ?", tenant, id);
        student.forgotten(orphans);
        student.removed(feature(), rows);
    }

    @Override
    public void erase(ErasedAccount account) {
        String tenant = account.tenant();
        int rows = sql.update("DELETE FROM guardianship WHERE tenant_id = ? AND guardian_id = ANY (?)", tenant, account.guardianIds());
        rows += sql.update("DELETE FROM guardian WHERE tenant_id = ? AND id = ANY (?)", tenant, account.guardianIds());
        account.removed(feature(), rows);
    }
}
