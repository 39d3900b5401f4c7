package org.tandem.celebrations;

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
 * Celebrations' part of a deletion: a student's celebrations with their reactions, replies and reports
 * of replies, and the appreciations written about the student. A guardian's account loses its
 * reactions and reports; its replies stay under the tombstone's name ("a former member").
 */
@ApplicationScoped
class CelebrationsPrivacy implements StudentErasure, AccountErasure {

    private final Sql sql;

    CelebrationsPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "celebrations";
    }

    @Override
    public void detach(ErasedStudent student) {
        sql.update("UPDATE celebration SET goal_id = NULL WHERE tenant_id = ? AND student_id = ? AND goal_id IS NOT NULL",
                student.tenant(), student.studentId());
    }

    @Override
    public void erase(ErasedStudent student) {
        String tenant = student.tenant();
        List<UUID> celebrations = Statements.ids(sql, "SELECT id FROM celebration WHERE tenant_id = ? AND student_id = ?",
                tenant, student.studentId());
        int rows = removeCelebrations(tenant, celebrations);
        List<UUID> appreciations = Statements.ids(sql, "DELETE FROM appreciation WHERE tenant_id = ? AND student_id = ? RETURNING id",
                tenant, student.studentId());
        student.forgotten(celebrations);
        student.forgotten(appreciations);
        student.removed(feature(), rows + appreciations.size());
    }

    /** Removes these celebrations with everything under them; returns the rows removed. */
    int removeCelebrations(String tenant, List<UUID> celebrations) {
        if (celebrations.isEmpty()) {
            return 0;
        }
        int rows = sql.update("DELETE FROM celebration_reply_report WHERE tenant_id = ? AND reply_id IN"
                + " (SELECT id FROM celebration_reply WHERE tenant_id = ? AND celebration_id = ANY (?))", tenant, tenant, celebrations);
        rows += Statements.run(sql, List.of(
                "DELETE FROM celebration_reply WHERE tenant_id = ? AND celebration_id = ANY (?)",
                "DELETE FROM celebration_reaction WHERE tenant_id = ? AND celebration_id = ANY (?)",
                "DELETE FROM celebration WHERE tenant_id = ? AND id = ANY (?)"), tenant, celebrations);
        return rows;
    }

    @Override
    public void erase(ErasedAccount account) {
        account.removed(feature(), Statements.run(sql, List.of(
                "DELETE FROM celebration_reaction WHERE tenant_id = ? AND account_id = ?",
                "DELETE FROM celebration_reply_report WHERE tenant_id = ? AND reporter_id = ?"), account.tenant(), account.accountId()));
    }
}
