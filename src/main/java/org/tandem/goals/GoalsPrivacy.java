package org.tandem.goals;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;
import org.tandem.privacy.Statements;

/**
 * Goals' part of a student's deletion: every goal of the student with its milestones, check-ins and
 * their comments, transitions (the history), revisions and supporting staff. Goals of a guardian's
 * account stay with the student: the account's name goes with its tombstone.
 */
@ApplicationScoped
class GoalsPrivacy implements StudentErasure {

    private final Sql sql;

    GoalsPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "goals";
    }

    @Override
    public void detach(ErasedStudent student) {
        // The goal points at the celebration of its achievement, and that celebration back at the goal.
        sql.update("UPDATE goal SET celebration_id = NULL WHERE tenant_id = ? AND student_id = ? AND celebration_id IS NOT NULL",
                student.tenant(), student.studentId());
    }

    @Override
    public void erase(ErasedStudent student) {
        List<UUID> goals = Statements.ids(sql, "SELECT id FROM goal WHERE tenant_id = ? AND student_id = ?",
                student.tenant(), student.studentId());
        if (goals.isEmpty()) {
            return;
        }
        student.forgotten(goals);
        student.removed(feature(), removeGoals(student.tenant(), goals, student));
    }

    /** Removes these goals and everything under them; returns the rows removed. */
    int removeGoals(String tenant, List<UUID> goals, ErasedStudent student) {
        List<UUID> checkIns = Statements.ids(sql, "SELECT id FROM goal_check_in WHERE tenant_id = ? AND goal_id = ANY (?)", tenant, goals);
        if (student != null) {
            student.forgotten(checkIns);
        }
        int rows = sql.update("DELETE FROM goal_check_in_comment WHERE tenant_id = ? AND check_in_id = ANY (?)", tenant, checkIns);
        rows += Statements.run(sql, List.of(
                "DELETE FROM goal_milestone WHERE tenant_id = ? AND goal_id = ANY (?)",
                "DELETE FROM goal_check_in WHERE tenant_id = ? AND goal_id = ANY (?)",
                "DELETE FROM goal_transition WHERE tenant_id = ? AND goal_id = ANY (?)",
                "DELETE FROM goal_revision WHERE tenant_id = ? AND goal_id = ANY (?)",
                "DELETE FROM goal_staff WHERE tenant_id = ? AND goal_id = ANY (?)",
                "DELETE FROM goal WHERE tenant_id = ? AND id = ANY (?)"), tenant, goals);
        return rows;
    }
}
