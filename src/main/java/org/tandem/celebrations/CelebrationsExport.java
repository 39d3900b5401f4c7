package org.tandem.celebrations;

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
 * Celebrations' section of a student's export: the student's celebrations with reactions and replies,
 * and the appreciations written about them. Confidential ones only when the scope allows; nothing for a
 * requester whose link does not include celebrations.
 */
@ApplicationScoped
class CelebrationsExport implements StudentRecordsExport {

    private final Sql sql;

    CelebrationsExport(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String section() {
        return "celebrations";
    }

    @Override
    public String description() {
        return "Recognition of the student, with reactions and replies, and appreciations";
    }

    @Override
    public int sectionOrder() {
        return 40;
    }

    @Override
    public Object export(ExportScope scope) {
        if (!scope.includeGoals()) {
            return null;
        }
        String tenant = scope.tenant();
        List<Map<String, Object>> celebrations = ExportRows.list(sql, """
                SELECT c.id, c.title, c.message, c.category, coalesce(a.display_name, '') AS author, c.confidential,
                       c.withdrawn_at, c.created_at
                FROM celebration c LEFT JOIN account a ON a.tenant_id = c.tenant_id AND a.id = c.author_id
                WHERE c.tenant_id = ? AND c.student_id = ? AND (? OR NOT c.confidential) ORDER BY c.created_at, c.id""",
                tenant, scope.studentId(), scope.includeConfidential());
        List<UUID> ids = celebrations.stream().map(c -> UUID.fromString((String) c.get("id"))).toList();
        Map<Object, List<Map<String, Object>>> reactions = ExportRows.list(sql, """
                SELECT r.celebration_id, r.reaction, coalesce(a.display_name, '') AS by, r.created_at
                FROM celebration_reaction r LEFT JOIN account a ON a.tenant_id = r.tenant_id AND a.id = r.account_id
                WHERE r.tenant_id = ? AND r.celebration_id = ANY (?) ORDER BY r.created_at""", tenant, ids).stream()
                .collect(Collectors.groupingBy(r -> r.remove("celebrationId")));
        Map<Object, List<Map<String, Object>>> replies = ExportRows.list(sql, """
                SELECT r.celebration_id, coalesce(a.display_name, '') AS author, CASE WHEN r.removed_at IS NULL THEN r.body END AS body,
                       r.removed_at, r.created_at
                FROM celebration_reply r LEFT JOIN account a ON a.tenant_id = r.tenant_id AND a.id = r.author_id
                WHERE r.tenant_id = ? AND r.celebration_id = ANY (?) ORDER BY r.created_at""", tenant, ids).stream()
                .collect(Collectors.groupingBy(r -> r.remove("celebrationId")));
        for (Map<String, Object> c : celebrations) {
            c.put("reactions", reactions.getOrDefault(c.get("id"), List.of()));
            c.put("replies", replies.getOrDefault(c.get("id"), List.of()));
        }
        List<Map<String, Object>> appreciations = ExportRows.list(sql, """
                SELECT p.note, coalesce(a.display_name, '') AS author, p.created_at
                FROM appreciation p LEFT JOIN account a ON a.tenant_id = p.tenant_id AND a.id = p.author_id
                WHERE p.tenant_id = ? AND p.student_id = ? ORDER BY p.created_at""", tenant, scope.studentId());
        return Map.of("celebrations", celebrations, "appreciations", appreciations);
    }
}
