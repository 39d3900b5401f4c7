package org.tandem.goals;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ExportRows;
import org.tandem.privacy.ExportScope;
import org.tandem.privacy.StudentRecordsExport;

/**
 * Goals' section of a student's export: each goal with its milestones, check-ins and their comments,
 * its history of transitions and its revisions. Confidential (IEP) goals only when the scope allows;
 * nothing at all for a requester whose link does not include goals.
 */
@ApplicationScoped
class GoalsExport implements StudentRecordsExport {

    private final Sql sql;

    GoalsExport(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String section() {
        return "goals";
    }

    @Override
    public String description() {
        return "Goals agreed for the student, with milestones, check-ins, comments, history and revisions";
    }

    @Override
    public int sectionOrder() {
        return 30;
    }

    @Override
    public Object export(ExportScope scope) {
        if (!scope.includeGoals()) {
            return null;
        }
        String tenant = scope.tenant();
        List<Map<String, Object>> goals = ExportRows.list(sql, """
                SELECT id, title, description, category, status, confidential, start_date, target_date, home_support,
                       school_support, measure, baseline, target_value, unit, direction, closed_reason, agreed_at, closed_at, created_at
                FROM goal WHERE tenant_id = ? AND student_id = ? AND (? OR NOT confidential) ORDER BY created_at, id""",
                tenant, scope.studentId(), scope.includeConfidential());
        List<UUID> ids = goals.stream().map(g -> UUID.fromString((String) g.get("id"))).toList();
        Map<Object, List<Map<String, Object>>> milestones = byGoal("""
                SELECT goal_id, position, title, done_at FROM goal_milestone WHERE tenant_id = ? AND goal_id = ANY (?)
                ORDER BY position""", tenant, ids);
        Map<Object, List<Map<String, Object>>> history = byGoal("""
                SELECT t.goal_id, t.from_status, t.to_status, t.side, coalesce(a.display_name, '') AS by, t.reason, t.created_at
                FROM goal_transition t LEFT JOIN account a ON a.tenant_id = t.tenant_id AND a.id = t.actor_id
                WHERE t.tenant_id = ? AND t.goal_id = ANY (?) ORDER BY t.created_at""", tenant, ids);
        Map<Object, List<Map<String, Object>>> revisions = byGoal("""
                SELECT goal_id, side, status, start_date, target_date, baseline, target_value, unit, direction, note, decided_at, created_at
                FROM goal_revision WHERE tenant_id = ? AND goal_id = ANY (?) ORDER BY created_at""", tenant, ids);
        Map<Object, List<Map<String, Object>>> checkIns = byGoal("""
                SELECT c.goal_id, c.id, c.side, coalesce(a.display_name, '') AS author, c.on_date, c.value, c.note, c.edited_at, c.created_at
                FROM goal_check_in c LEFT JOIN account a ON a.tenant_id = c.tenant_id AND a.id = c.author_id
                WHERE c.tenant_id = ? AND c.goal_id = ANY (?) ORDER BY c.on_date, c.created_at""", tenant, ids);
        Map<Object, List<Map<String, Object>>> comments = ExportRows.list(sql, """
                SELECT m.check_in_id, coalesce(a.display_name, '') AS author, m.body, m.created_at
                FROM goal_check_in_comment m LEFT JOIN account a ON a.tenant_id = m.tenant_id AND a.id = m.author_id
                WHERE m.tenant_id = ? AND m.check_in_id IN (SELECT id FROM goal_check_in WHERE tenant_id = ? AND goal_id = ANY (?))
                ORDER BY m.created_at""", tenant, tenant, ids).stream().collect(Collectors.groupingBy(c -> c.remove("checkInId")));
        checkIns.values().forEach(list -> list.forEach(c -> c.put("comments", comments.getOrDefault(c.get("id"), List.of()))));
        for (Map<String, Object> goal : goals) {
            Object id = goal.get("id");
            goal.put("milestones", milestones.getOrDefault(id, List.of()));
            goal.put("checkIns", checkIns.getOrDefault(id, List.of()));
            goal.put("history", history.getOrDefault(id, List.of()));
            goal.put("revisions", revisions.getOrDefault(id, List.of()));
        }
        return goals;
    }

    private Map<Object, List<Map<String, Object>>> byGoal(String query, String tenant, List<UUID> ids) {
        return ExportRows.list(sql, query, tenant, ids).stream().collect(Collectors.groupingBy(row -> row.remove("goalId")));
    }
}
