package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ExportRows;
import org.tandem.privacy.ExportScope;
import org.tandem.privacy.StudentRecordsExport;

/**
 * The directory's section of a student's export: the student's record, their family links with what
 * each allows, and their classes. A guardian's export leaves out links under a no-contact order and
 * shows other guardians' names and relationship but not their contact details.
 */
@ApplicationScoped
class DirectoryExport implements StudentRecordsExport {

    private final Sql sql;

    DirectoryExport(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String section() {
        return "student";
    }

    @Override
    public String description() {
        return "The student's directory record, family links and classes";
    }

    @Override
    public int sectionOrder() {
        return 10;
    }

    @Override
    public Object export(ExportScope scope) {
        String tenant = scope.tenant();
        Map<String, Object> record = new LinkedHashMap<>(ExportRows.list(sql, """
                SELECT s.id, s.given_name, s.family_name, s.grade, s.sourced_id, sc.name AS school, s.active, s.created_at
                FROM student s JOIN school sc ON sc.tenant_id = s.tenant_id AND sc.id = s.school_id
                WHERE s.tenant_id = ? AND s.id = ?""", tenant, scope.studentId()).stream().findFirst().orElse(Map.of()));
        List<Map<String, Object>> links = ExportRows.list(sql, """
                SELECT g.given_name, g.family_name,
                       CASE WHEN ? OR g.account_id = ? THEN g.email END AS email, CASE WHEN ? OR g.account_id = ? THEN g.phone END AS phone,
                       l.relationship, l.educational_rights, l.receives_communications, l.may_message_staff, l.may_book_and_rsvp,
                       l.may_see_goals_and_celebrations, l.no_contact, l.active, l.created_at
                FROM guardianship l JOIN guardian g ON g.tenant_id = l.tenant_id AND g.id = l.guardian_id
                WHERE l.tenant_id = ? AND l.student_id = ? AND (? OR NOT l.no_contact) ORDER BY l.created_at""",
                scope.administrator(), scope.requesterAccountId(), scope.administrator(), scope.requesterAccountId(),
                tenant, scope.studentId(), scope.administrator());
        List<Map<String, Object>> classes = ExportRows.list(sql, """
                SELECT c.name, c.subject, c.grade, t.name AS term, e.active, e.created_at AS enrolled_at
                FROM enrollment e JOIN school_class c ON c.tenant_id = e.tenant_id AND c.id = e.class_id
                JOIN academic_term t ON t.tenant_id = c.tenant_id AND t.id = c.term_id
                WHERE e.tenant_id = ? AND e.student_id = ? ORDER BY e.created_at""", tenant, scope.studentId());
        record.put("familyLinks", links);
        record.put("classes", classes);
        return record;
    }
}
